package org.committeepapers.compute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.committeepapers.model.DateOrText;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.Site;

/**
 * The date a site is built as of, which splits meetings into upcoming and past and stamps the calendar. Never
 * the wall clock, so the same sources give the same bytes: {@code SOURCE_DATE_EPOCH} when set (its day in
 * London), else site.yaml's {@code as_of}, else the latest date of any business case.
 *
 * @param date  the day; a meeting on it counts as upcoming
 * @param stamp the instant, for DTSTAMP: {@code SOURCE_DATE_EPOCH} itself, or the day's start in UTC
 */
public record SiteDate(LocalDate date, Instant stamp) {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The rule above; {@code sourceDateEpoch} is the variable's text, or null when unset. */
    public static SiteDate of(Site site, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            Instant instant = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
            return new SiteDate(instant.atZone(LONDON).toLocalDate(), instant);
        }
        LocalDate date = site.about().asOf();
        if (date == null) {
            date = site.papers().stream().map(Paper::proposals).flatMap(java.util.List::stream).map(Proposal::date)
                    .filter(Objects::nonNull).map(DateOrText::date).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        }
        return new SiteDate(date, date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Whether a meeting on {@code day} is still to come (today's meeting is). */
    public boolean upcoming(LocalDate day) {
        return !day.isBefore(date);
    }
}

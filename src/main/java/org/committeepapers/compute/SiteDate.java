package org.committeepapers.compute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.committeepapers.model.DateOrText;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.Site;

/**
 * The date a site is built as of: the one "today" of a build, which splits meetings into upcoming and past and
 * stamps the calendar. Never the wall clock, so the same sources give the same bytes: {@code SOURCE_DATE_EPOCH}
 * when set (its day in London), else site.yaml's {@code as_of}, else what the sources show has happened: the
 * day after the last meeting known to have taken place (one with minutes, or at which minutes were approved),
 * or the latest date of any business case, whichever is later.
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
            LocalDate held = lastHeld(site.meetings());
            if (held != null && held.plusDays(1).isAfter(date)) {
                date = held.plusDays(1);
            }
        }
        return new SiteDate(date, date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The latest day a meeting is known to have taken place: it has minutes, or minutes were approved at it. */
    private static LocalDate lastHeld(List<Meeting> meetings) {
        LocalDate latest = null;
        for (Meeting meeting : meetings) {
            if (meeting.minutes() == null) {
                continue;
            }
            LocalDate held = meeting.date();
            Optional<Meeting> approvedAt = meetings.stream()
                    .filter(m -> m.slug().equals(meeting.minutes().approvedAt())).findFirst();
            if (approvedAt.isPresent() && approvedAt.get().date().isAfter(held)) {
                held = approvedAt.get().date();
            }
            latest = latest == null || held.isAfter(latest) ? held : latest;
        }
        return latest;
    }

    /** Whether {@code meeting} is still to come (a meeting on the site's date is). */
    public boolean upcoming(Meeting meeting) {
        return upcoming(meeting.date());
    }

    /** Whether a meeting on {@code day} is still to come (today's meeting is). */
    public boolean upcoming(LocalDate day) {
        return !day.isBefore(date);
    }
}

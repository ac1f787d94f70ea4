package org.committeepapers.compute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.committeepapers.model.Meeting;

/**
 * Which meetings are upcoming and which are past, decided from the sources, never from the clock, so the same
 * sources always give the same pages: relative to {@code SOURCE_DATE_EPOCH} when it is set, else to the last
 * meeting known to have taken place, which is the latest meeting that has minutes or at which minutes were
 * approved. A meeting dated after that day is upcoming.
 */
public final class MeetingDates {
    private final LocalDate asOf;

    private MeetingDates(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** @param sourceDateEpoch the environment's SOURCE_DATE_EPOCH, or null */
    public static MeetingDates of(List<Meeting> meetings, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            return new MeetingDates(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())),
                    ZoneOffset.UTC));
        }
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
        return new MeetingDates(latest);
    }

    /** The day meetings are judged against, or null when no meeting is known to have taken place. */
    public LocalDate asOf() {
        return asOf;
    }

    public boolean upcoming(Meeting meeting) {
        return asOf == null || meeting.date().isAfter(asOf);
    }
}

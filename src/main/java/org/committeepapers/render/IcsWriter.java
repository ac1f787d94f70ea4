package org.committeepapers.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.model.Meeting;

/**
 * Writes meetings as an iCalendar file (RFC 5545) that calendar programs can subscribe to: CRLF line ends,
 * lines folded at 75 octets, text escaped, times in Europe/London with its VTIMEZONE, and a UID per meeting
 * that stays the same from build to build (so a subscribed calendar updates an event rather than adding one).
 *
 * <p>Written here rather than with ical4j: the site writes one small, fixed subset (a calendar of events with
 * a start), which this class covers in full, while ical4j would bring four more libraries to the tool, and
 * its time zone definitions follow the tz database it bundles. The tests read every file back with ical4j.
 */
final class IcsWriter {
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final Pattern TIME = Pattern.compile("(?i)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*");
    /** The United Kingdom's rules since 1996: summer time from 01:00 UTC on the last Sunday of March to October. */
    private static final List<String> LONDON = List.of("BEGIN:VTIMEZONE", "TZID:Europe/London",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");

    /**
     * One event: a meeting with its committee's name, the address of its page relative to the site, and its
     * venue and agenda lines ("4. Budget proposals") already printed with their figures.
     */
    record Event(Meeting meeting, String committee, String page, String venue, List<String> items) {
    }

    private IcsWriter() {
    }

    /**
     * A calendar named {@code name} holding {@code events}; {@code stamp} is the DTSTAMP of every event (the
     * site's date, never the clock) and {@code domain} makes the UIDs unique to this council.
     */
    static byte[] write(String name, List<Event> events, Instant stamp, String domain) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Committee Papers//Committee Papers//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "NAME:" + text(name));
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Europe/London");
        LONDON.forEach(l -> line(out, l));
        String dtstamp = stamp.atOffset(ZoneOffset.UTC).format(LOCAL) + "Z";
        for (Event event : events) {
            Meeting meeting = event.meeting();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:meeting-" + meeting.slug() + "@" + domain);
            line(out, "DTSTAMP:" + dtstamp);
            LocalTime start = startTime(meeting.time());
            if (start == null) {
                line(out, "DTSTART;VALUE=DATE:" + meeting.date().format(DAY));
            } else {
                line(out, "DTSTART;TZID=Europe/London:" + meeting.date().atTime(start).format(LOCAL));
            }
            line(out, "SUMMARY:" + text(event.committee()));
            if (event.venue() != null && !event.venue().isBlank()) {
                line(out, "LOCATION:" + text(event.venue().strip().replaceAll("\\s*\\n\\s*", ", ")));
            }
            line(out, "DESCRIPTION:" + text(description(event)));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The time a meeting starts, from how it is written ("10:00am", "2pm", "2.30 p.m.", "14:00"), or null. */
    static LocalTime startTime(String written) {
        if (written == null) {
            return null;
        }
        Matcher m = TIME.matcher(written);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
        if (minute > 59 || hour > 23 || (!half.isEmpty() && (hour < 1 || hour > 12))) {
            return null;
        }
        if (half.equals("pm") && hour != 12) {
            hour += 12;
        } else if (half.equals("am") && hour == 12) {
            hour = 0;
        } else if (half.isEmpty() && m.group(2) == null) {
            return null; // "10" alone could be either
        }
        return LocalTime.of(hour, minute);
    }

    private static String description(Event event) {
        StringBuilder text = new StringBuilder("Agenda and papers: ").append(event.page());
        event.items().forEach(item -> text.append('\n').append(item));
        return text.toString();
    }

    /** TEXT escaping (RFC 5545 section 3.3.11). */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = 74; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}

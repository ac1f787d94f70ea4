package org.committeepapers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.compute.SiteDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's date rule, and calendars of meetings in summer time, at unusual times and with long venues. */
class CalendarAndDateTest {
    private static final String MEETING = "meetings/adults-and-health-2024-01-18/meeting.yaml";

    @Test
    void theSiteDateIsTheEpochThenAsOfThenTheLatestCase(@TempDir Path temp) throws Exception {
        var site = TestContent.shippedSite().site().site();
        assertEquals(LocalDate.of(2024, 3, 8), SiteDate.of(site, null).date(), "site.yaml as_of");
        assertEquals(Instant.parse("2024-03-08T00:00:00Z"), SiteDate.of(site, null).stamp());
        // 23:30 UTC on 30 June 2024 is already 1 July in London.
        SiteDate epoch = SiteDate.of(site, "1719790200");
        assertEquals(LocalDate.of(2024, 7, 1), epoch.date());
        assertEquals(Instant.ofEpochSecond(1719790200), epoch.stamp());
        TestContent copy = TestContent.copyOfShipped(temp).replace("site.yaml", "as_of: 2024-03-08\n", "");
        var withoutAsOf = Pipeline.run(Pipeline.Options.of(copy.root(), Path.of("templates"), Pipeline.Output.CHECK)).site().site();
        LocalDate latestCase = withoutAsOf.papers().stream().flatMap(p -> p.proposals().stream())
                .map(p -> p.date() == null ? null : p.date().date()).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElseThrow();
        // Without as_of, the sources say: the meeting of 7 March 2024 approved minutes, so it has taken place,
        // and the day after it is later than any business case's date.
        assertTrue(latestCase.isBefore(LocalDate.of(2024, 3, 8)), latestCase.toString());
        SiteDate derived = SiteDate.of(withoutAsOf, null);
        assertEquals(LocalDate.of(2024, 3, 8), derived.date());
        assertFalse(derived.upcoming(LocalDate.of(2024, 3, 7)), "a meeting known to have taken place is past");
        assertTrue(derived.upcoming(LocalDate.of(2024, 3, 8)), "a meeting on the day is upcoming");
    }

    @Test
    void aSummerMeetingIsInBritishSummerTimeAndLongLinesFold(@TempDir Path temp) throws Exception {
        String venue = "Sala Gyngor, Neuadd y Sir – Ystafell Bwyllgor Rhif Dau, Heol y Brenin, Caerfyrddin SA31 1JP; "
                + "mynediad i gadeiriau olwyn drwy’r drws ochr";
        TestContent copy = TestContent.copyOfShipped(temp)
                .replace(MEETING, "date: 2024-01-18", "date: 2024-07-04")
                // Minutes cannot be approved at a meeting held before them: in July they are still a draft.
                .replace(MEETING, "status: approved, approved_at: adults-and-health-2024-03-07", "status: draft")
                .replace(MEETING, "time: \"10:00am\"", "time: \"2.30 pm\"")
                .replace(MEETING, "venue: Red Kite Room, New Shire Hall, Alconbury Weald, Huntingdon PE28 4YE",
                        "venue: \"" + venue + "\"")
                .replace("papers/adults-and-health-business-cases/paper.yaml", "meeting_date: 2024-01-18", "meeting_date: 2024-07-04");
        var result = Pipeline.run(Pipeline.Options.of(copy.root(), Path.of("templates"), Pipeline.Output.PREVIEW));
        String ics = new String(result.files().get("calendar/adults-and-health.ics"), StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("meeting-adults-and-health-2024-01-18@"))
                .findFirst().orElseThrow();
        ZonedDateTime start = ZonedDateTime.from(event.getDateTimeStart().orElseThrow().getDate());
        assertEquals(Instant.parse("2024-07-04T13:30:00Z"), start.toInstant(), "14:30 BST is 13:30 UTC");
        assertEquals(venue, event.getProperty(Property.LOCATION).orElseThrow().getValue(),
                "folded and escaped text reads back whole");
        // Upcoming and past follow the site's date: as of 8 March 2024, July is to come and 2021 is past.
        var committee = Jsoup.parse(new String(result.files().get("committees/adults-and-health.html"), StandardCharsets.UTF_8));
        assertTrue(committee.selectFirst("#upcoming-meetings + ul").text().contains("4 July 2024, 2.30 pm"));
        List<String> past = committee.select("#past-meetings + ul > li > a:first-child").eachText();
        assertTrue(past.contains("Meeting of 2 November 2021, 2:00pm") && past.stream().noneMatch(m -> m.contains("July")),
                past.toString());
    }

    @Test
    void aTimeThatIsNotATimeGivesAnAllDayEvent(@TempDir Path temp) throws Exception {
        TestContent copy = TestContent.copyOfShipped(temp).replace(MEETING, "time: \"10:00am\"", "time: \"after the Cabinet\"");
        var result = Pipeline.run(Pipeline.Options.of(copy.root(), Path.of("templates"), Pipeline.Output.PREVIEW));
        String ics = new String(result.files().get("calendar/all-meetings.ics"), StandardCharsets.UTF_8);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20240118\r\n"), ics);
        assertEquals(result.site().meetings().size(), new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT").size());
        assertEquals(ZoneId.of("Europe/London"), SiteDate.LONDON);
    }
}

package org.committeepapers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.compute.ComputedMeeting;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public site of the shipped content, read back: calendars with ical4j, the search index as JSON, every
 * document link against the real file's bytes and pages, the committee pages and the accessibility statement.
 */
class PublicSiteTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** "(PDF, 216 KB, 22 pages)" at the end of a link. */
    private static final Pattern FACTS = Pattern.compile("\\((PDF), ([0-9.]+) (KB|MB), ([0-9]+) pages?\\)$");

    static Pipeline.Result result;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        result = TestContent.shippedSite();
        files = result.files();
    }

    private static String text(String path) {
        byte[] bytes = files.get(path);
        assertNotNull(bytes, "the site has " + path);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Document page(String path) {
        return Jsoup.parse(text(path));
    }

    @Test
    void everyCalendarHasOneEventPerMeetingAtItsLondonTime() throws Exception {
        List<ComputedMeeting> meetings = result.site().meetings();
        assertTrue(meetings.size() >= 3);
        Set<String> uids = new HashSet<>();
        for (String committee : List.of("all-meetings", "adults-and-health", "adults", "cabinet")) {
            String path = "calendar/" + committee + ".ics";
            String ics = text(path);
            for (String line : ics.split("\r\n")) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
                assertFalse(line.contains("\n") || line.contains("\r"), "every line ends in CRLF in " + path);
            }
            assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
            assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            List<VEvent> events = calendar.getComponents("VEVENT");
            List<ComputedMeeting> expected = meetings.stream()
                    .filter(m -> committee.equals("all-meetings") || m.meeting().committeeId().equals(committee)).toList();
            assertEquals(expected.size(), events.size(), path);
            for (ComputedMeeting m : expected) {
                VEvent event = events.stream().filter(e -> uid(e).equals("meeting-" + m.meeting().slug()
                        + "@cambridgeshire-county-council.committee-papers")).findFirst().orElseThrow();
                Temporal start = event.getDateTimeStart().orElseThrow().getDate();
                LocalDateTime local = LocalDateTime.from(start);
                assertEquals(m.meeting().date(), local.toLocalDate(), path);
                assertEquals(clock(m.meeting().time()), local.toLocalTime().toString(), path + " " + m.meeting().time());
                assertEquals("Europe/London", event.getDateTimeStart().get().getParameter("TZID").orElseThrow().getValue());
                assertEquals("20240308T000000Z", event.getProperty(Property.DTSTAMP).orElseThrow().getValue(),
                        "DTSTAMP is the site's date (as_of), never the clock");
                assertTrue(event.getProperty(Property.LOCATION).orElseThrow().getValue().startsWith(
                        m.meeting().venue().literalText().strip().split("\n")[0].strip()));
                if (committee.equals("all-meetings")) {
                    assertTrue(uids.add(uid(event)), "UIDs are unique");
                }
            }
        }
        // The winter meeting at 10:00 in London is 10:00 UTC.
        ComputedMeeting january = meetings.stream().filter(m -> m.meeting().slug().equals("adults-and-health-2024-01-18"))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse("2024-01-18T10:00:00Z"), january.meeting().date().atTime(10, 0).atZone(LONDON).toInstant());
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    /** "10:00am" → "10:00", "2:00pm" → "14:00", as the shipped meetings write their times. */
    private static String clock(String written) {
        Matcher m = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(am|pm)").matcher(written.toLowerCase(java.util.Locale.ROOT));
        assertTrue(m.find(), written);
        int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("pm") ? 12 : 0);
        return String.format("%02d:%s", hour, m.group(2));
    }

    @Test
    void theSearchIndexHoldsEveryPaperCaseAndMeetingWithTheWordsOfItsPage() throws Exception {
        JsonNode index = new ObjectMapper().readTree(files.get("search/index.json"));
        List<String> urls = new ArrayList<>();
        Map<String, JsonNode> byUrl = new java.util.HashMap<>();
        index.get("documents").forEach(d -> {
            urls.add(d.get("url").asText());
            byUrl.put(d.get("url").asText(), d);
        });
        assertEquals(urls.stream().sorted().toList(), urls, "entries in a fixed order");
        for (var meeting : result.site().meetings()) {
            JsonNode entry = byUrl.get("meetings/" + meeting.meeting().slug() + ".html");
            assertNotNull(entry, meeting.meeting().slug());
            assertEquals("Meeting", entry.get("kind").asText());
            assertEquals(meeting.meeting().date().toString(), entry.get("date").asText());
            // Each written piece of an item's title; its figures are printed between them.
            meeting.meeting().items().forEach(item -> item.title().parts().stream()
                    .filter(part -> part instanceof org.committeepapers.model.Text.Literal)
                    .map(part -> ((org.committeepapers.model.Text.Literal) part).text().strip())
                    .forEach(words -> assertTrue(entry.get("text").asText().contains(words), "the agenda's words: " + words)));
        }
        for (var paper : result.site().papers()) {
            assertEquals("Paper", byUrl.get(paper.paper().slug() + "/index.html").get("kind").asText());
            for (var proposal : paper.proposals()) {
                JsonNode entry = byUrl.get(paper.paper().slug() + "/" + proposal.proposal().slug() + ".html");
                assertNotNull(entry, proposal.proposal().slug());
                assertEquals("Business case", entry.get("kind").asText());
                assertEquals(proposal.proposal().title(), entry.get("title").asText());
                assertFalse(entry.get("text").asText().contains("Skip to main content"), "no page furniture");
            }
        }
        urls.forEach(url -> assertTrue(files.containsKey(url), "every entry is a page: " + url));
        JsonNode invest = byUrl.get("adults-and-health-business-cases/invest-to-save.html");
        assertTrue(invest.get("text").asText().contains("Prevention agenda"), "a case's own words are searchable");
        assertEquals("Adults and Health Committee", invest.get("committee").asText());
        // The script the search page loads holds the same JSON.
        String script = text("search/index.js");
        assertEquals(index, new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1)
                .replace("<\\/", "</")));
    }

    @Test
    void theSearchPageListsEveryEntryWithoutJavaScriptAndServesItsLibraryLocally() {
        Document search = page("search.html");
        Element form = search.selectFirst("form#search-form");
        assertEquals("get", form.attr("method"));
        assertEquals("search-q", search.selectFirst("label[for=search-q]").attr("for"));
        assertEquals("status", search.selectFirst("#search-status").attr("role"), "results are announced");
        Set<String> listed = new HashSet<>(search.select("#search-listing a").eachAttr("href"));
        search.select("script[src]").forEach(s -> assertTrue(files.containsKey(s.attr("src")), "served locally: " + s.attr("src")));
        assertTrue(text("assets/lunr.min.js").contains("lunr"));
        for (var paper : result.site().papers()) {
            assertTrue(listed.contains(paper.paper().slug() + "/index.html"));
            paper.proposals().forEach(p -> assertTrue(listed.contains(paper.paper().slug() + "/" + p.proposal().slug() + ".html")));
        }
        result.site().meetings().forEach(m -> assertTrue(listed.contains("meetings/" + m.meeting().slug() + ".html")));
    }

    @Test
    void everyDocumentLinkGivesTheRealFilesTypeSizeAndPages() throws Exception {
        int checked = 0;
        for (String path : files.keySet()) {
            if (!path.endsWith(".html") || path.startsWith("search")) {
                continue;
            }
            for (Element link : page(path).select("a[href$=.pdf]")) {
                if (link.attr("href").contains("://")) {
                    continue; // another site's document
                }
                String target = java.nio.file.Path.of(path).resolveSibling(link.attr("href")).normalize().toString().replace('\\', '/');
                if (target.matches("meetings/[^/]+/.+")) {
                    continue; // a document attached to a meeting, published as its author gave it (its pages only)
                }
                byte[] pdf = files.get(target);
                assertNotNull(pdf, target);
                Matcher facts = FACTS.matcher(link.text());
                assertTrue(facts.find(), "a document link says what it is: '" + link.text() + "' on " + path);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertEquals(document.getNumberOfPages(), Integer.parseInt(facts.group(4)), link.text());
                }
                double size = Double.parseDouble(facts.group(2)) * (facts.group(3).equals("KB") ? 1024 : 1024 * 1024);
                double tolerance = facts.group(3).equals("KB") ? 512 : 52429;
                assertTrue(Math.abs(size - pdf.length) <= tolerance, link.text() + " but the file has " + pdf.length + " bytes");
                checked++;
            }
        }
        assertTrue(checked >= 20, "links checked: " + checked);
    }

    @Test
    void theCommitteePageListsMeetingsUpcomingAndPastItsMembersAndClerk() {
        Document committee = page("committees/adults-and-health.html");
        Element upcoming = committee.selectFirst("#upcoming-meetings + ul");
        Element past = committee.selectFirst("#past-meetings + ul");
        assertTrue(upcoming.text().contains("14 January 2027"), "after as_of 2024-03-08: " + upcoming.text());
        assertFalse(upcoming.text().contains("2021") || upcoming.text().contains("2024"), upcoming.text());
        assertTrue(past.text().contains("2 November 2021") && past.text().contains("18 January 2024"), past.text());
        assertEquals(List.of("Committee papers", "Adults and Health Committee"), committee.select(".breadcrumbs li").eachText());
        assertTrue(committee.select(".members li").eachText().contains("Councillor Alex Morgan, Chair (Liberal Democrat)"));
        assertEquals("mailto:democratic.services@example.gov.uk", committee.selectFirst(".contact a[href^=mailto]").attr("href"));
        assertEquals("tel:01223699999", committee.selectFirst(".contact a[href^=tel]").attr("href"));
        assertEquals("../calendar/adults-and-health.ics", committee.selectFirst("a[href$=.ics]").attr("href"));
        assertTrue(page("index.html").selectFirst("#upcoming-meetings + ul").text().contains("Adults and Health Committee: 14 January 2027"));
    }

    @Test
    void breadcrumbsOfPapersAndCasesIncludeTheirCommittee() {
        assertEquals(List.of("Committee papers", "Adults and Health Committee", "Appendix 2"),
                page("adults-and-health-business-cases/index.html").select(".breadcrumbs li").eachText());
        Document proposal = page("adults-and-health-business-cases/invest-to-save.html");
        assertEquals("../committees/adults-and-health.html", proposal.select(".breadcrumbs a").get(1).attr("href"));
        assertEquals(4, proposal.select(".breadcrumbs li").size());
    }

    @Test
    void theAccessibilityStatementHasTheModelSectionsAndEveryPageLinksToIt() {
        Document statement = page("accessibility.html");
        List<String> headings = statement.select("h2, h3").eachText();
        for (String section : List.of("How accessible this website is", "Feedback and contact information",
                "Reporting accessibility problems with this website", "Enforcement procedure", "Compliance status",
                "Non-accessible content", "Preparation of this accessibility statement")) {
            assertTrue(headings.contains(section), section + " in " + headings);
        }
        assertTrue(statement.text().contains("Equality and Human Rights Commission (EHRC)"));
        assertTrue(statement.text().contains("prepared on 1 December 2023. It was last reviewed on 10 January 2024."));
        assertTrue(statement.text().contains("fully compliant"));
        for (String path : files.keySet()) {
            if (path.endsWith(".html")) {
                Element footer = page(path).selectFirst("footer");
                assertNotNull(footer.selectFirst("a[href$=accessibility.html]"), "footer of " + path);
            }
        }
    }
}

package org.committeepapers.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.committeepapers.compute.ComputedMeeting;
import org.committeepapers.compute.ComputedPack;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.model.Committee;
import org.committeepapers.model.PublicInfo;
import org.committeepapers.model.Site;

/**
 * The pages a public site needs beyond the papers, made after every other page: the calendars of meetings,
 * the search index and page (its words read from the finished pages), the search script and library, and the
 * accessibility statement.
 */
final class PublicPages {
    /** The search library, from its WebJar on the classpath (lunr, MIT licence), served from the site itself. */
    static final String LUNR = "/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private final TemplateEngine templates;
    private final ComputedSite computed;
    private final PublicViews views;
    private final Views.SiteView top;

    PublicPages(TemplateEngine templates, ComputedSite computed, PublicViews views, Views.SiteView top) {
        this.templates = templates;
        this.computed = computed;
        this.views = views;
        this.top = top;
    }

    /** The files above, given every page made so far (for the search index). */
    Map<String, byte[]> make(Map<String, byte[]> pagesSoFar) {
        Map<String, byte[]> files = new LinkedHashMap<>(calendars());
        List<SearchIndex.Entry> entries = SearchIndex.entries(searchable(), pagesSoFar);
        files.putAll(SearchIndex.files(entries));
        files.put("search.html", page("search.ftlh", Map.of("site", top, "groups", groups(entries))));
        files.put("accessibility.html", page("accessibility.ftlh", Map.of("site", top, "statement", statement())));
        files.put("assets/search.js", templates.resource("search.js"));
        files.put("assets/lunr.min.js", lunr());
        return files;
    }

    private Map<String, byte[]> calendars() {
        Site site = computed.site();
        String domain = site.council().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "") + ".committee-papers";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PublicViews.calendarPath(null), IcsWriter.write(site.council() + ": meetings", events(null),
                views.today().stamp(), domain));
        for (Committee committee : site.committees()) {
            files.put(PublicViews.calendarPath(committee.id()), IcsWriter.write(committee.name() + " meetings",
                    events(committee.id()), views.today().stamp(), domain));
        }
        return files;
    }

    private List<IcsWriter.Event> events(String committeeId) {
        return views.meetingsOf(committeeId).stream().map(views::event).toList();
    }

    /** Every page worth finding, with its kind, committee and date. */
    private Map<String, SearchIndex.Page> searchable() {
        Site site = computed.site();
        Map<String, SearchIndex.Page> pages = new LinkedHashMap<>();
        for (ComputedMeeting m : computed.meetings()) {
            pages.put(PackViews.meetingPath(m), new SearchIndex.Page("Meeting",
                    site.committee(m.meeting().committeeId()).name(), m.meeting().date().toString()));
        }
        for (ComputedPaper p : computed.papers()) {
            String committee = site.committee(p.paper().committeeId()).name();
            String date = p.paper().meetingDate().toString();
            pages.put(p.paper().slug() + "/index.html", new SearchIndex.Page("Paper", committee, date));
            p.paper().proposals().forEach(c -> pages.put(p.paper().slug() + "/" + c.slug() + ".html",
                    new SearchIndex.Page("Business case", committee, date)));
        }
        for (ComputedPack pack : computed.packs()) {
            pages.put(PackViews.packPath(pack), new SearchIndex.Page("Pack", "", pack.pack().date().toString()));
        }
        for (Committee c : site.committees()) {
            pages.put("committees/" + c.id() + ".html", new SearchIndex.Page("Committee", c.name(), ""));
        }
        return pages;
    }

    /** The plain listing the search page shows without JavaScript (or before a search): every entry by kind. */
    private static List<Views.SearchGroupView> groups(List<SearchIndex.Entry> entries) {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("Meeting", "Meetings");
        headings.put("Paper", "Papers");
        headings.put("Business case", "Business cases");
        headings.put("Pack", "Packs");
        headings.put("Committee", "Committees");
        List<Views.SearchGroupView> groups = new ArrayList<>();
        headings.forEach((kind, heading) -> {
            List<SearchIndex.Entry> ofKind = entries.stream().filter(e -> e.kind().equals(kind)).toList();
            if (!ofKind.isEmpty()) {
                groups.add(new Views.SearchGroupView("all-" + heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                        heading, ofKind));
            }
        });
        return groups;
    }

    /** The statement's facts; a missing contact is the first clerk's, missing dates the site's date. */
    private Views.AccessibilityView statement() {
        PublicInfo.Accessibility a = computed.site().about().accessibility();
        Committee.Clerk clerk = computed.site().committees().stream().map(Committee::clerk).filter(Objects::nonNull)
                .findFirst().orElse(null);
        String contact = a.contact() != null ? a.contact() : clerk == null ? null : clerk.email();
        String phone = a.phone() != null ? a.phone() : clerk == null || a.contact() != null ? null : clerk.phone();
        boolean northernIreland = "northern-ireland".equals(a.nation());
        String today = SiteRenderer.longDate(views.today().date());
        return new Views.AccessibilityView(contact, contact == null ? null : "mailto:" + contact, phone,
                phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", ""), a.compliance(),
                northernIreland ? "Equality Commission for Northern Ireland (ECNI)"
                        : "Equality and Human Rights Commission (EHRC)",
                northernIreland ? "https://www.equalityni.org/Home"
                        : "https://www.equalityadvisoryservice.com/",
                a.nonAccessible(), a.prepared() == null ? today : SiteRenderer.longDate(a.prepared()),
                a.lastReviewed() == null ? today : SiteRenderer.longDate(a.lastReviewed()));
    }

    private byte[] page(String template, Map<String, Object> model) {
        return templates.render(template, model).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] lunr() {
        try (var in = PublicPages.class.getResourceAsStream(LUNR)) {
            if (in == null) {
                throw new IllegalStateException("the search library " + LUNR + " is missing from the tool's jar");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

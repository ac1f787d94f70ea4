package org.committeepapers.publish;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedSite;

/**
 * What a public site needs besides its pages, when its address is known ({@code --base-url}): a sitemap for
 * search engines and an Atom feed of papers, newest meeting first. Dates come from the content, so the files
 * are the same for the same sources.
 */
public final class SitemapAndFeed {
    private SitemapAndFeed() {
    }

    /** sitemap.xml and feed.xml for {@code files}, whose addresses start with {@code baseUrl}. */
    public static Map<String, byte[]> make(ComputedSite site, Map<String, byte[]> files, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Map<String, byte[]> out = new LinkedHashMap<>();
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        files.keySet().stream().filter(f -> f.endsWith(".html") || f.endsWith(".pdf")).sorted()
                .forEach(f -> sitemap.append("  <url><loc>").append(xml(base + f)).append("</loc></url>\n"));
        sitemap.append("</urlset>\n");
        out.put("sitemap.xml", sitemap.toString().getBytes(StandardCharsets.UTF_8));

        List<ComputedPaper> newest = site.papers().stream()
                .sorted(Comparator.comparing((ComputedPaper p) -> p.paper().meetingDate()).reversed()
                        .thenComparing(p -> p.paper().slug()))
                .toList();
        String updated = newest.isEmpty() ? "1970-01-01T00:00:00Z" : stamp(newest.get(0));
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <title>" + xml(site.site().council() + ": " + site.site().title()) + "</title>\n"
                + "  <id>" + xml(base) + "</id>\n"
                + "  <link href=\"" + xml(base + "feed.xml") + "\" rel=\"self\"/>\n"
                + "  <updated>" + updated + "</updated>\n");
        for (ComputedPaper paper : newest) {
            String url = base + paper.paper().slug() + "/index.html";
            feed.append("  <entry>\n")
                    .append("    <title>").append(xml(paper.paper().appendixLabel() + ": " + paper.paper().title())).append("</title>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append("    <link href=\"").append(xml(url)).append("\"/>\n")
                    .append("    <updated>").append(stamp(paper)).append("</updated>\n")
                    .append("    <author><name>").append(xml(site.site().council())).append("</name></author>\n")
                    .append("    <summary>").append(xml(site.site().committee(paper.paper().committeeId()).name()
                            + ", meeting of " + paper.paper().meetingDate())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        feed.append("</feed>\n");
        out.put("feed.xml", feed.toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static String stamp(ComputedPaper paper) {
        return paper.paper().meetingDate().atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

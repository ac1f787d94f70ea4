package org.committeepapers.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The search index of a site: one entry per paper, business case, meeting, pack and committee, with the words
 * of its published page. The words are read from the finished pages rather than from the sources, so the
 * index holds exactly what the public pages show and nothing they leave out.
 *
 * <p>Written as JSON ({@code search/index.json}) and, for pages opened from a folder where a browser may not
 * fetch files, as the same JSON in a script ({@code search/index.js}). Entries are sorted by address and the
 * fields come in a fixed order, so the same pages give the same bytes.
 */
public final class SearchIndex {
    public static final String JSON_PATH = "search/index.json";
    public static final String SCRIPT_PATH = "search/index.js";
    /** Jackson's streaming writer: the whole object mapper would cost a check a fifth of a second to load. */
    private static final JsonFactory JSON = new JsonFactory();

    /** What the index says about a page besides its words: its kind, committee and date. */
    public record Page(String kind, String committee, String date) {
    }

    /** An entry: {@code url} is relative to the site's top. */
    public record Entry(String url, String kind, String title, String committee, String date, String text) {
    }

    private SearchIndex() {
    }

    /** The entries of {@code pages} (output path to what it is), their words taken from {@code files}. */
    public static List<Entry> entries(Map<String, Page> pages, Map<String, byte[]> files) {
        List<Entry> entries = new ArrayList<>();
        new TreeMap<>(pages).forEach((path, page) -> {
            byte[] html = files.get(path);
            if (html == null) {
                return;
            }
            String[] words = words(html);
            entries.add(new Entry(path, page.kind(), words[0], page.committee(), page.date(), words[1]));
        });
        return entries;
    }

    /** A page's title (its h1) and the words of its main part. */
    private static String[] words(byte[] html) {
        Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Element main = document.selectFirst("main");
        Element body = main != null ? main : document.body();
        // The page's own navigation and, on an appendix, the cases (indexed on their own pages) are not its words.
        body.select("nav, script, style, section.proposal, .visually-hidden").remove();
        Element heading = body.selectFirst("h1");
        String title = heading != null ? heading.text() : document.title();
        if (heading != null) {
            heading.remove();
        }
        return new String[] {title, body.text()};
    }

    /** The index as JSON, and as a script that hands the same JSON to the search page. */
    public static Map<String, byte[]> files(List<Entry> entries) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("documents");
            for (Entry entry : entries) {
                json.writeStartObject();
                json.writeStringField("url", entry.url());
                json.writeStringField("kind", entry.kind());
                json.writeStringField("title", entry.title());
                json.writeStringField("committee", entry.committee());
                json.writeStringField("date", entry.date());
                json.writeStringField("text", entry.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = out.toString();
        // "</" could end the script element early if the script were ever inlined; escape it as JSON allows.
        String script = "window.committeePapersSearch = " + json.replace("</", "<\\/") + ";\n";
        return Map.of(JSON_PATH, (json + "\n").getBytes(StandardCharsets.UTF_8),
                SCRIPT_PATH, script.getBytes(StandardCharsets.UTF_8));
    }
}

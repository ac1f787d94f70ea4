package org.committeepapers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are user-editable and Markdown is author-written: neither may run code or inject markup. */
class SandboxAndSanitisingTest {
    @TempDir
    Path userTemplates;

    private TemplateEngine engineWith(String name, String template) throws IOException {
        Files.writeString(userTemplates.resolve(name), template);
        return new TemplateEngine(userTemplates);
    }

    @Test
    void newBuiltInIsRefused() throws IOException {
        TemplateEngine engine = engineWith("evil.ftlh", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        TemplateEngine.TemplateFailure failure = assertThrows(TemplateEngine.TemplateFailure.class,
                () -> engine.render("evil.ftlh", Map.of()));
        assertEquals("evil.ftlh", failure.template());
        assertEquals("?new is not allowed: templates cannot create objects", failure.getMessage());
    }

    @Test
    void apiBuiltInIsRefused() throws IOException {
        TemplateEngine engine = engineWith("api.ftlh", "${site?api.getClass()}");
        assertThrows(TemplateEngine.TemplateFailure.class, () -> engine.render("api.ftlh", Map.of("site", Map.of())));
    }

    @Test
    void valuesAreEscapedByDefault() throws IOException {
        TemplateEngine engine = engineWith("escape.ftlh", "<p>${title}</p>");
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
                engine.render("escape.ftlh", Map.of("title", "<script>alert(1)</script>")));
    }

    @Test
    void aUserTemplateOverridesTheBuiltInOne() throws IOException {
        TemplateEngine engine = engineWith("table.ftlh", "custom table");
        assertEquals("custom table", engine.render("table.ftlh", Map.of()));
        assertTrue(new String(engine.resource("style.css")).contains("font-variant-numeric"));
    }

    @Test
    void rawHtmlInMarkdownIsSanitised() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        String html = markdown.render(markdown.parse("""
                Hello <b>bold</b> <script>alert(1)</script> <img src=x onerror="alert(2)">
                <a href="javascript:alert(3)">link</a> <a href="https://example.org/">fine</a>
                <iframe src="https://example.org/"></iframe><p onclick="alert(4)">para</p>
                """), 3);
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, img, iframe, [onclick], [onerror]").isEmpty(), html);
        assertFalse(html.contains("javascript:"), html);
        assertEquals("bold", doc.selectFirst("b").text());
        assertEquals("https://example.org/", doc.select("a[href]").attr("href"));
    }

    @Test
    void textWithoutHtmlOrLinksIsEscapedByTheMarkdownRendererItself() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        String html = markdown.render(markdown.parse("Code `<script>alert(1)</script>` and 5 < 6 & 7 > 3\n"), 3);
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script").isEmpty(), html);
        assertEquals("Code <script>alert(1)</script> and 5 < 6 & 7 > 3", doc.text());
        assertEquals("plain &amp; simple", markdown.renderInline("plain & simple"));
    }

    @Test
    void markdownHeadingsMoveBelowThePagesHeadings() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        String html = markdown.render(markdown.parse("# Top\n\n## Below\n"), 4);
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("Top", doc.selectFirst("h4").text());
        assertEquals("Below", doc.selectFirst("h5").text());
    }
}

package org.committeepapers.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's additions come from templates the user may override; a broken override is shown, not fatal. */
class PreviewPagesTest {
    private static final byte[] PAGE = "<html><body><main>Page</main></body></html>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path templates;

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInAdditionsEscapeTheErrorsAndCarryTheReloadScript() {
        PreviewPages pages = new PreviewPages(templates);
        String html = text(pages.withAdditions(PAGE, new PreviewPages.Status(List.of(), "<script>x</script>", true, 7)));
        assertTrue(html.contains("id=\"papers-errors\"") && html.contains("The preview could not be built; this is the last good version"), html);
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;") && !html.contains("<script>x</script>"), "escaped: " + html);
        assertTrue(html.contains("new EventSource('" + PreviewServer.EVENTS + "?since=7')"), html);
        assertTrue(html.indexOf("<main>Page</main>") < html.indexOf("papers-errors") && html.endsWith("</body></html>"), html);
        String good = text(pages.withAdditions(PAGE, new PreviewPages.Status(List.of(), null, true, 8)));
        assertFalse(good.contains("papers-errors"), good);
        String missing = text(pages.notFound("/a/<b>.html", new PreviewPages.Status(List.of(), null, true, 8)));
        assertTrue(missing.contains("<h1>Not found</h1>") && missing.contains("/a/&lt;b&gt;.html"), missing);
    }

    @Test
    void anOverrideIsUsedAndABrokenOneIsShownOverTheBuiltIn() throws Exception {
        Files.writeString(templates.resolve(PreviewPages.NOT_FOUND), "<html><body><h1>Nothing at ${path} yet</h1></body></html>");
        PreviewPages pages = new PreviewPages(templates);
        PreviewPages.Status good = new PreviewPages.Status(List.of(), null, true, 3);
        assertTrue(text(pages.notFound("/x.html", good)).contains("<h1>Nothing at /x.html yet</h1>"));

        Files.writeString(templates.resolve(PreviewPages.ADDITIONS), "<#if broken");
        pages.refresh();
        String html = text(pages.withAdditions(PAGE, good));
        assertTrue(html.contains("id=\"papers-errors\"") && html.contains("preview.ftlh:1:11: error: template syntax error"), html);
        assertTrue(html.contains("new EventSource("), "the page still reloads once the override is fixed: " + html);
    }
}

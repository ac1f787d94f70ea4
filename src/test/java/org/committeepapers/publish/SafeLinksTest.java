package org.committeepapers.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.committeepapers.TestContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every address in the built site is safe: on every page each {@code href} and {@code src}, and in every PDF
 * each link annotation, is a relative path, a {@code #fragment}, or an {@code https:} or {@code mailto:}
 * address; never {@code javascript:}, {@code data:}, {@code file:} or a plain {@code http:} one.
 */
class SafeLinksTest {
    @Test
    void everyAddressInTheSiteIsRelativeOrSafe() throws Exception {
        Map<String, byte[]> files = TestContent.shippedSite().files();
        List<String> unsafe = new ArrayList<>();
        int pages = 0;
        int pdfLinks = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".html")) {
                pages++;
                for (Element element : Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8)).select("[href], [src]")) {
                    String address = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (!safe(address)) {
                        unsafe.add(file.getKey() + ": " + address);
                    }
                }
            } else if (file.getKey().endsWith(".pdf")) {
                pdfLinks += pdfAddresses(file.getKey(), file.getValue(), unsafe);
            }
        }
        assertTrue(pages > 20 && pdfLinks > 10, pages + " pages, " + pdfLinks + " PDF links read");
        assertEquals(List.of(), unsafe);
    }

    private static int pdfAddresses(String path, byte[] pdf, List<String> unsafe) throws IOException {
        int links = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links++;
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri) {
                            if (!safe(uri.getURI())) {
                                unsafe.add(path + ": " + uri.getURI());
                            }
                        } else if (action != null && !(action instanceof PDActionGoTo)) {
                            unsafe.add(path + ": a link action of type " + action.getSubType());
                        }
                    }
                }
            }
        }
        return links;
    }

    /**
     * A relative path (no scheme, not starting "//"), a fragment, an https: or mailto: address, or a tel: number
     * of digits (the clerk's phone, as the tool writes it).
     */
    static boolean safe(String address) {
        String trimmed = address.strip();
        if (trimmed.startsWith("#")) {
            return true;
        }
        if (trimmed.startsWith("//") || trimmed.startsWith("\\")) {
            return false;
        }
        int colon = trimmed.indexOf(':');
        int slash = trimmed.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        if (!hasScheme) {
            return !trimmed.chars().anyMatch(Character::isISOControl);
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("https") || scheme.equals("mailto")
                || scheme.equals("tel") && trimmed.substring(colon + 1).matches("\\+?[0-9]+");
    }

    @Test
    void theRuleItselfRefusesScriptAddresses() {
        assertTrue(safe("../adults/index.html") && safe("#section-4a") && safe("https://example.org/") && safe("mailto:a@b")
                && safe("tel:01223699999"));
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "data:text/html,x",
                "//evil.example/", "http://example.org/", "tel:0122<script>", "file:///etc/passwd", "vbscript:x")) {
            assertTrue(!safe(bad), bad);
        }
    }
}

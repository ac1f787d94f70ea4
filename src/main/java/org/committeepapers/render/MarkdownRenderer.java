package org.committeepapers.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Raw HTML in the source is cleaned to a small safe set of tags (no scripts, styles,
 * event handlers or images), and headings are moved down to sit under the page's own headings.
 */
public final class MarkdownRenderer {
    private static final DataHolder OPTIONS = new MutableDataSet()
            // Keeps the document's line starts, so a node's line is looked up, not counted from the top each time
            // (counting made placing tables and listing removals quadratic in the length of a narrative).
            .set(Parser.TRACK_DOCUMENT_LINES, true)
            .set(Parser.EXTENSIONS, List.of(TypographicExtension.create()))
            .set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C")
            .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D")
            .set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018")
            .set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019")
            .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019")
            .toImmutable();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    /** For documents whose Markdown images were checked when read: the images stay, anything else as above. */
    private static final Safelist SAFE_WITH_IMAGES = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
            .nodeRendererFactory(options -> new SlotRenderer()).build();

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The levels and source lines (0-based within the text) of the Markdown's headings. */
    public static List<int[]> headings(Document document) {
        java.util.ArrayList<int[]> out = new java.util.ArrayList<>();
        collect(document, out);
        return out;
    }

    /** The source lines (0-based within the text) of images, whether Markdown or raw HTML. */
    public static List<Integer> images(Document document) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            boolean html = (node instanceof com.vladsch.flexmark.ast.HtmlInline || node instanceof com.vladsch.flexmark.ast.HtmlBlock)
                    && node.getChars().toString().toLowerCase(java.util.Locale.ROOT).contains("<img");
            if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof com.vladsch.flexmark.ast.ImageRef || html) {
                out.add(node.getStartLineNumber());
            }
        }
        return out;
    }

    /** Something the cleaner takes out of the HTML: the source line (0-based within the text) and what it is. */
    public record Removal(int line, String what) {
    }

    /**
     * What cleaning removes from this Markdown's raw HTML and links (tags, attributes, unsafe link addresses),
     * so that it can be reported rather than dropped silently. Comments are not content and are not listed;
     * Markdown images are reported by their own checks.
     */
    public static List<Removal> removals(Document document) {
        List<Removal> out = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            int line = node.getStartLineNumber();
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(node.getChars().toString(), "http://localhost/");
                for (org.jsoup.nodes.Element element : html.body().select("*")) {
                    String tag = element.normalName();
                    if (element == html.body()) {
                        continue;
                    }
                    if (!SAFE.isSafeTag(tag)) {
                        out.add(new Removal(line, "the HTML tag <" + tag + ">"
                                + (element.children().isEmpty() && !element.data().isBlank() ? " and what it holds" : "")));
                        continue;
                    }
                    for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                        if (!SAFE.isSafeAttribute(tag, element, attribute)) {
                            out.add(new Removal(line, "the attribute '" + attribute.getKey() + "' of <" + tag + ">"));
                        }
                    }
                }
            } else if (node instanceof LinkNodeBase link && !(node instanceof com.vladsch.flexmark.ast.Image)
                    && !(node instanceof com.vladsch.flexmark.ast.ImageRef)) {
                String url = link.getUrl().toString().strip().toLowerCase(java.util.Locale.ROOT);
                if (url.matches("[a-z][a-z0-9+.-]*:.*") && !url.matches("(https?|mailto):.*")) {
                    out.add(new Removal(line, "the link address '" + link.getUrl() + "'"));
                }
            }
        }
        return out;
    }

    /**
     * As {@link #renderSection(String, int)} for a meeting's document, keeping its Markdown images (their files
     * and alt text were checked when read; the caller points each at its published copy).
     */
    public String renderDocument(String markdown, int topLevel) {
        Document document = parse(markdown);
        int shallowest = headings(document).stream().mapToInt(h -> h[0]).min().orElse(1);
        String html = renderShifted(document, topLevel - shallowest + 1);
        if (!needsCleaning(document)) {
            return html;
        }
        org.jsoup.nodes.Document clean = new Cleaner(SAFE_WITH_IMAGES).clean(Jsoup.parseBodyFragment(html, "http://localhost/"));
        clean.outputSettings(outputSettings());
        return clean.body().html();
    }

    private static void collect(Node node, List<int[]> out) {
        for (Node child : node.getChildren()) {
            if (child instanceof Heading heading) {
                out.add(new int[] {heading.getLevel(), heading.getStartLineNumber()});
            }
            collect(child, out);
        }
    }

    /**
     * Renders {@code markdown} with its {@code #} headings shown at level {@code topLevel}, {@code ##} one below,
     * and so on (never below h6).
     */
    public String render(Document document, int topLevel) {
        String html = renderShifted(document, topLevel);
        return needsCleaning(document) ? clean(html).body().html() : html;
    }

    /**
     * As {@link #render(Document, int)}, with blocks of finished HTML (tables) placed between the document's
     * top-level blocks: each at the blank source line (0-based) that is its key. The HTML is spliced in
     * after the Markdown is rendered and cleaned, so nothing the author typed can stand in for it. Returns
     * the lines that fell inside a block (a list, a quote, code) instead, with no HTML, when there are any.
     */
    public Placed renderPlacing(Document document, int topLevel, java.util.SortedMap<Integer, String> blocks) {
        List<Integer> inside = new java.util.ArrayList<>();
        for (int line : blocks.keySet()) {
            for (Node child : document.getChildren()) {
                if (child.getStartLineNumber() <= line && line <= child.getEndLineNumber()) {
                    inside.add(line);
                }
            }
        }
        if (!inside.isEmpty()) {
            return new Placed(null, inside);
        }
        // A slot node marks each place in the tree; it renders as a marker that the source does not contain,
        // so the marker cannot have come from the author's text or raw HTML.
        String source = document.getChars().toString();
        String prefix = "<cp-slot-";
        while (source.contains(prefix)) {
            prefix = prefix + "x-";
        }
        List<Slot> slots = new java.util.ArrayList<>();
        for (Map.Entry<Integer, String> block : blocks.entrySet()) {
            Slot slot = new Slot(prefix + slots.size() + ">");
            slots.add(slot);
            Node before = null;
            for (Node child : document.getChildren()) {
                if (!(child instanceof Slot) && child.getStartLineNumber() > block.getKey()) {
                    before = child;
                    break;
                }
            }
            if (before == null) {
                document.appendChild(slot);
            } else {
                before.insertBefore(slot);
            }
        }
        String html;
        try {
            html = renderShifted(document, topLevel);
        } finally {
            slots.forEach(Node::unlink);
        }
        boolean cleaning = needsCleaning(document);
        StringBuilder out = new StringBuilder();
        int from = 0;
        List<String> tables = List.copyOf(blocks.values());
        for (int i = 0; i < slots.size(); i++) {
            int at = html.indexOf(slots.get(i).marker, from);
            if (at < 0 || html.indexOf(slots.get(i).marker, at + 1) >= 0) {
                throw new IllegalStateException("a table's place was lost while rendering");
            }
            String piece = html.substring(from, at);
            out.append(cleaning ? clean(piece).body().html() : piece).append(tables.get(i));
            from = at + slots.get(i).marker.length();
        }
        String rest = html.substring(from);
        out.append(cleaning ? clean(rest).body().html() : rest);
        return new Placed(out.toString(), List.of());
    }

    /** Where a finished block goes in the tree; rendered as its marker, which is split off afterwards. */
    private static final class Slot extends com.vladsch.flexmark.util.ast.Block {
        private final String marker;

        Slot(String marker) {
            this.marker = marker;
        }

        @Override
        public com.vladsch.flexmark.util.sequence.BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Renders a {@link Slot} as its marker. */
    private static final class SlotRenderer implements com.vladsch.flexmark.html.renderer.NodeRenderer {
        @Override
        public java.util.Set<com.vladsch.flexmark.html.renderer.NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return java.util.Set.of(new com.vladsch.flexmark.html.renderer.NodeRenderingHandler<>(Slot.class,
                    (node, context, html) -> html.line().raw(node.marker).line()));
        }
    }

    /** The HTML with its blocks placed, or the source lines (0-based) where a block could not go. */
    public record Placed(String html, List<Integer> linesInsideBlocks) {
    }

    /**
     * Renders a free-standing text (a report, an introduction) whose author may start at {@code #} or {@code ##}:
     * its shallowest heading is shown at level {@code topLevel}, so the page's heading levels never skip.
     */
    public String renderSection(String markdown, int topLevel) {
        return rendered.computeIfAbsent(topLevel + "\n" + markdown, key -> renderSectionOnce(markdown, topLevel));
    }

    /**
     * What {@link #renderSection} and {@link #renderInline} made, by level and text: both are pure, and the web
     * pages, the print version and the packs each render the same short texts and reports.
     */
    private final Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    private String renderSectionOnce(String markdown, int topLevel) {
        Document document = parse(markdown);
        int shallowest = headings(document).stream().mapToInt(h -> h[0]).min().orElse(1);
        return render(document, topLevel - shallowest + 1);
    }

    /** Short texts such as table cells: a single paragraph loses its {@code <p>} wrapper. */
    public String renderInline(String markdown) {
        return rendered.computeIfAbsent("inline\n" + markdown, key -> renderInlineOnce(markdown));
    }

    private String renderInlineOnce(String markdown) {
        Document document = parse(markdown);
        String html = render(document, 6).strip();
        boolean oneParagraph = document.getFirstChild() instanceof Paragraph && document.getFirstChild() == document.getLastChild();
        if (oneParagraph && html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * flexmark escapes all text, so its output is safe unless the source has raw HTML or a link (whose URL
     * could be {@code javascript:}); only then is the jsoup cleaner needed, which is most of the cost.
     */
    private static boolean needsCleaning(Node document) {
        if (isRaw(document)) {
            return true;
        }
        for (Node node : document.getDescendants()) {
            if (isRaw(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRaw(Node node) {
        return node instanceof HtmlInline || node instanceof HtmlBlock || node instanceof HtmlInlineComment
                || node instanceof HtmlCommentBlock || node instanceof LinkNodeBase || node instanceof AutoLink
                || node instanceof MailLink || node instanceof Reference;
    }

    private String renderShifted(Document document, int topLevel) {
        List<Heading> headings = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        int[] original = headings.stream().mapToInt(Heading::getLevel).toArray();
        headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + topLevel - 1)));
        try {
            return renderer.render(document);
        } finally {
            for (int i = 0; i < original.length; i++) {
                headings.get(i).setLevel(original[i]);
            }
        }
    }

    private static org.jsoup.nodes.Document clean(String html) {
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(html, "http://localhost/");
        org.jsoup.nodes.Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings(outputSettings());
        return clean;
    }

    private static org.jsoup.nodes.Document.OutputSettings outputSettings() {
        return new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml).charset("UTF-8");
    }
}

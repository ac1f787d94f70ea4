package org.committeepapers.render;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document spanning papers (a pack, or a meeting's reports pack), to print before the web pages: its print
 * HTML and the ids whose pages the web pages quote.
 */
public record PrintDocument(String html, Set<String> ids, LocalDate date) {
    /** The ids whose pages are quoted, for the printer to look for. */
    public Pattern anchors() {
        return PackViews.pattern(ids);
    }

    /**
     * Fails as the printing would if a template override dropped an id the web pages quote: so {@code check},
     * which prints nothing, finds it too.
     */
    public void checkIds(String template) {
        Set<String> present = new HashSet<>(org.jsoup.Jsoup.parse(html).select("[id]").eachAttr("id"));
        for (String id : ids) {
            if (!present.contains(id)) {
                new PackViews.Layout(template, Map.of(), 0).page(id);
            }
        }
    }

    /**
     * A document before its template renders it. {@link #inputs()} is everything the template is given, as
     * text (views are records, so their text holds all they say): the same text through the same templates
     * and code is the same HTML, so a check can know a document it checked before without rendering it.
     */
    public static final class Draft {
        private final TemplateEngine templates;
        private final String template;
        private final Map<String, Object> model;
        private final String inputs;
        private final Set<String> ids;
        private final LocalDate date;

        Draft(TemplateEngine templates, String template, Views.SiteView site, Object view, String css, Set<String> ids,
                LocalDate date) {
            this.templates = templates;
            this.template = template;
            String name = template.startsWith("pack") ? "pack" : "meeting";
            this.model = Map.of("site", site, name, view, "css", css);
            this.inputs = template + "\n" + site + "\n" + view + "\n" + css;
            this.ids = ids;
            this.date = date;
        }

        /** The template that renders it. */
        public String template() {
            return template;
        }

        public String inputs() {
            return inputs;
        }

        public PrintDocument render() {
            return new PrintDocument(templates.render(template, model), ids, date);
        }
    }
}

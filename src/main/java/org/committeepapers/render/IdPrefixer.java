package org.committeepapers.render;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a rendered part safe to place in a larger document: every id it defines, and every reference to one
 * (links, ARIA, table headers), gets a prefix. A pack prints many papers, and two papers may both have a
 * "summary" table or a case called "reablement"; without prefixes their links would cross.
 */
final class IdPrefixer {
    private static final String[] ID_LISTS = {"aria-labelledby", "aria-describedby", "headers"};

    private IdPrefixer() {
    }

    static String namespace(String html, String prefix) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[id]")) {
            element.id(prefix + element.id());
        }
        for (Element link : document.body().select("a[href^=#]")) {
            link.attr("href", "#" + prefix + link.attr("href").substring(1));
        }
        for (Element label : document.body().select("label[for]")) {
            label.attr("for", prefix + label.attr("for"));
        }
        for (String attribute : ID_LISTS) {
            for (Element element : document.body().select("[" + attribute + "]")) {
                element.attr(attribute, Arrays.stream(element.attr(attribute).trim().split("\\s+"))
                        .map(id -> prefix + id).collect(Collectors.joining(" ")));
            }
        }
        return document.body().html();
    }
}

package org.committeepapers.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that every link between the generated pages, and every {@code #anchor}, leads somewhere. A broken
 * link is reported at the source line that wrote it when one can be found, else against the page.
 */
public final class LinkCheck {
    private LinkCheck() {
    }

    /**
     * Checks the links on {@code pages} (paths among {@code files}); pages reused unchanged from an earlier build
     * need not be checked again, but may still be linked to.
     *
     * @param sources files to search for the text of a broken link, to name where it came from
     */
    public static void check(Map<String, byte[]> files, Set<String> pages, List<SourceFile> sources, Problems problems) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (String path : pages) {
            if (!path.endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
            ids.put(path, new HashSet<>(page.select("[id]").eachAttr("id")));
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                String broken = broken(path, href, files, ids);
                if (broken != null) {
                    problems.error(origin(href, sources, path), "the link '" + href + "' on " + path
                            + " leads nowhere: " + broken, "correct the link, or remove it");
                }
            }
        }
    }

    /** Why {@code href} on {@code page} is broken, or null when it is fine or leads off the site. */
    private static String broken(String page, String href, Map<String, byte[]> files, Map<String, Set<String>> ids) {
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return "it is not a valid address";
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return null;
        }
        String target = page;
        if (uri.getPath() != null && !uri.getPath().isEmpty()) {
            Path base = Path.of(page).getParent();
            target = (base == null ? Path.of(uri.getPath()) : base.resolve(uri.getPath())).normalize().toString()
                    .replace('\\', '/');
            if (!files.containsKey(target)) {
                return "there is no " + target;
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")
                && !ids.computeIfAbsent(target, t -> new HashSet<>(Jsoup.parse(new String(files.get(t),
                        StandardCharsets.UTF_8)).select("[id]").eachAttr("id"))).contains(fragment)) {
            return target + " has no anchor #" + fragment;
        }
        return null;
    }

    /**
     * The source line that wrote {@code href}: as a Markdown link {@code (href)} or {@code (href "title")}, an
     * autolink {@code <href>}, a reference {@code ]: href}, or raw HTML {@code href="href"}; else the page.
     */
    private static SourcePosition origin(String href, List<SourceFile> sources, String page) {
        List<String> forms = List.of("(" + href + ")", "(" + href + " ", "<" + href + ">", "]: " + href,
                "href=\"" + href + "\"", "href='" + href + "'");
        for (SourceFile source : sources) {
            String[] lines = source.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String form : forms) {
                    int column = lines[i].indexOf(form);
                    if (column >= 0) {
                        return source.at(i + 1, column + 1 + form.indexOf(href));
                    }
                }
            }
        }
        return SourceFile.of(Path.of(page), "").start();
    }
}

package org.committeepapers.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.ProblemPrinter;
import org.committeepapers.render.TemplateEngine;

/**
 * What the preview adds to the built pages, made by templates the user may override like the site's own:
 * {@value #ADDITIONS} (the error dialog over the last good page, and the reload script) and
 * {@value #NOT_FOUND} (a page with no good version yet). A broken override is itself shown as an error, over
 * the built-in templates' version, so the preview never loses its way back.
 */
final class PreviewPages {
    static final String ADDITIONS = "preview.ftlh";
    static final String NOT_FOUND = "preview-not-found.ftlh";

    /** What the latest build left to show: its errors, or why it failed otherwise (null), and its number. */
    record Status(List<Problem> errors, String failure, boolean anyGood, int generation) {
        boolean failed() {
            return !errors.isEmpty() || failure != null;
        }
    }

    private final Path templates;
    private final TemplateEngine builtIn = new TemplateEngine(null);
    /** Made afresh after each rebuild, so an edited override shows at the next save (FreeMarker caches). */
    private volatile TemplateEngine engine;

    PreviewPages(Path templates) {
        this.templates = templates;
        refresh();
    }

    void refresh() {
        engine = new TemplateEngine(templates);
    }

    /** {@code page} with the reload script, and the error dialog when the latest build failed, before {@code </body>}. */
    byte[] withAdditions(byte[] page, Status status) {
        String extra = additions(status);
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        return (end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** The page for {@code path} when it has no good version, with the additions. */
    byte[] notFound(String path, Status status) {
        Map<String, Object> model = Map.of("path", path);
        String page;
        try {
            page = engine.render(NOT_FOUND, model);
        } catch (TemplateEngine.TemplateFailure e) {
            page = builtIn.render(NOT_FOUND, model);
            status = withFailure(status, e);
        }
        return withAdditions(page.getBytes(StandardCharsets.UTF_8), status);
    }

    private String additions(Status status) {
        try {
            return engine.render(ADDITIONS, model(status));
        } catch (TemplateEngine.TemplateFailure e) {
            return builtIn.render(ADDITIONS, model(withFailure(status, e)));
        }
    }

    private Status withFailure(Status status, TemplateEngine.TemplateFailure e) {
        String text = ProblemPrinter.format(engine.problem(e)).stripTrailing()
                + (status.failure() == null ? "" : "\n" + status.failure());
        return new Status(status.errors(), text, status.anyGood(), status.generation());
    }

    private static Map<String, Object> model(Status status) {
        Map<String, Object> model = new HashMap<>();
        // 'since' lets the server reload this page at once if a rebuild finished while it was loading.
        model.put("events", ReloadEvents.PATH + "?since=" + status.generation());
        if (status.failed()) {
            List<Problem> problems = status.errors();
            String title = (status.failure() != null ? "The preview could not be built"
                    : "The content has " + problems.size() + (problems.size() == 1 ? " error" : " errors"))
                    + (status.anyGood() ? "; this is the last good version" : "; there is no good version to show yet");
            String text = status.failure() != null ? status.failure() : ProblemPrinter.format(problems);
            model.put("problem", Map.of("title", title, "text", text, "anyGood", status.anyGood()));
        }
        return model;
    }
}

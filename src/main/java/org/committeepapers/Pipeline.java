package org.committeepapers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.compute.SiteCalculator;
import org.committeepapers.load.ContentLoader;
import org.committeepapers.model.Site;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.Problems;
import org.committeepapers.render.SiteRenderer;
import org.committeepapers.render.TemplateEngine;

/**
 * Runs the stages in their one direction: load → compute → render. Nothing is written here; the caller
 * publishes the result, so a content error can never reach the published site.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** A successful run: the computed site, its output files, and any warnings. */
    public record Result(ComputedSite site, Map<String, byte[]> files, List<Problem> warnings) {
    }

    /**
     * Loads, computes and checks {@code content}; renders it too when {@code render} is true.
     *
     * @throws ContentException listing every error found
     */
    public static Result run(Path content, Path templates, boolean render) throws ContentException {
        Problems problems = new Problems();
        Site site = new ContentLoader().load(content, problems).orElse(null);
        ComputedSite computed = site == null ? null : SiteCalculator.compute(site, problems).orElse(null);
        SiteRenderer renderer = new SiteRenderer(new TemplateEngine(templates));
        if (computed != null) {
            renderer.check(computed, problems);
        }
        if (computed == null || problems.hasErrors()) {
            throw new ContentException(problems);
        }
        Map<String, byte[]> files = render ? renderer.render(computed) : Map.of();
        return new Result(computed, files, problems.sorted());
    }
}

package org.committeepapers;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.problem.ContentException;
import org.committeepapers.render.SiteRenderer;

/**
 * The print HTML a clean build hands to the printer, by the path of the PDF it becomes: made by the same steps
 * as {@link SiteBuild} (every pack and reports pack, then every paper), so other engines can be given exactly
 * what ours prints, as the benchmark does.
 */
public final class PrintHtml {
    private PrintHtml() {
    }

    /**
     * Every PDF's print HTML, in path order.
     *
     * @throws ContentException when the content has errors (the build would stop there too)
     */
    public static Map<String, String> of(Path content, Path templates) throws ContentException {
        PipelineRun run = new PipelineRun(Pipeline.Options.of(content, templates, Pipeline.Output.PDF));
        run.loadAndCompute();
        run.renderPrintHtml(paper -> false);
        Map<String, String> html = new TreeMap<>();
        run.session.documents().forEach((path, document) -> html.put(path, document.html()));
        run.stopOnErrors();
        for (ComputedPaper paper : run.computed.papers()) {
            html.put(SiteRenderer.pdfPath(paper.paper()), run.printHtml.get(paper.paper().slug()));
        }
        return html;
    }
}

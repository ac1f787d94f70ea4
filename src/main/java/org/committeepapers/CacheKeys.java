package org.committeepapers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.render.TemplateEngine;

/**
 * The keys under which finished outputs are kept, in the build's cache and the preview's memory. Each is a
 * hash of everything the output is made from, so a hit is always right and nothing is invalidated by hand:
 * for a paper's pages, the code ({@link EngineIdentity}), the effective templates, {@code SOURCE_DATE_EPOCH},
 * site.yaml, every paper.yaml and the paper's own sources ({@link #source}), with what the pages are told of the
 * whole site (its committees, papers, meetings, packs and date: a template may show any of it on every page);
 * for a PDF, its print HTML, which holds everything it is printed from.
 */
final class CacheKeys {
    private final Path content;
    private final TemplateEngine engine;
    private final ComputedSite site;
    private final String epoch;
    private final boolean members;
    private final Map<String, String> sourceKeys = new HashMap<>();
    private String templates;
    private String shared;

    /** @param members the members' build, whose outputs differ from the public build's for the same sources */
    CacheKeys(Path content, TemplateEngine engine, ComputedSite site, String epoch, boolean members) {
        this.members = members;
        this.content = content;
        this.engine = engine;
        this.site = site;
        this.epoch = epoch;
    }

    /**
     * A paper's own part of what its pages and print HTML are made from: its sources, every paper.yaml,
     * site.yaml, the templates, the code and {@code SOURCE_DATE_EPOCH}.
     */
    private synchronized String source(ComputedPaper paper) {
        return sourceKeys.computeIfAbsent(paper.paper().slug(), slug -> sourceKey(paper));
    }

    /**
     * A paper's PDF, made from {@code printHtml} and dated {@code created}: as for a pack, the print HTML holds
     * everything the PDF is made from, so a change that leaves it alone (a web page's template, another paper)
     * prints nothing again.
     */
    String pdf(String printHtml, Calendar created) {
        return OutputCache.key(List.of("pdf", members ? "members" : "public", EngineIdentity.value(),
                String.valueOf(epoch), String.valueOf(created.getTimeInMillis()), printHtml));
    }

    /**
     * What a check made of a paper: its web pages, and its print HTML found free of problems. Besides the
     * paper's sources, they are made from what the pages are told of the whole site ({@code siteView}: its
     * meetings, packs and date too) and where the paper is in the packs ({@code printReferences}).
     */
    String check(ComputedPaper paper, String siteView, String printReferences) {
        return OutputCache.key(List.of("check", source(paper), siteView, printReferences));
    }

    /**
     * What a check found of a pack or reports pack: made from everything its template is given ({@code
     * inputs}, see {@link org.committeepapers.render.PrintDocument.Draft#inputs()}), the templates and the code.
     */
    String documentCheck(String inputs) {
        return OutputCache.key(List.of("document", shared(), inputs));
    }

    /**
     * What a check found of a pack: its print HTML is made from the pack's file, its papers (each as {@link
     * #source}) and what the pages are told of the site ({@code siteView}), so this is known before its views
     * are built, which is most of the work.
     */
    String packCheck(org.committeepapers.compute.ComputedPack pack, String siteView) {
        List<String> parts = new ArrayList<>(List.of("pack", shared(), siteView, pack.pack().position().file().text()));
        pack.committees().forEach(committee -> committee.sections().forEach(section -> section.cases()
                .forEach(c -> parts.add(source(c.paper())))));
        return OutputCache.key(parts);
    }

    /**
     * A paper's web pages, made from its sources, what they are told of the site ({@code siteView}, once the
     * documents are printed) and the pack page numbers they quote ({@code printReferences}).
     */
    String pages(ComputedPaper paper, String siteView, String printReferences) {
        return OutputCache.key(List.of("pages", source(paper), siteView, printReferences));
    }

    /** What the preview keeps of a paper between saves, its pages and PDF maker: no page numbers are quoted there. */
    String preview(ComputedPaper paper, String siteView) {
        return OutputCache.key(List.of("preview", source(paper), siteView));
    }

    /**
     * A pack or reports pack with its layout: its print HTML holds everything it is made from (the style sheet
     * is inlined, the fonts are the engine's), so the same HTML from the same engine is the same PDF.
     */
    String document(String printHtml) {
        return OutputCache.key(List.of("document", EngineIdentity.value(), String.valueOf(epoch), printHtml));
    }

    private String sourceKey(ComputedPaper paper) {
        List<String> parts = new ArrayList<>();
        parts.add(shared());
        parts.add(paper.paper().slug());
        paper.paper().proposals().forEach(p -> {
            parts.add(p.slug());
            parts.add(p.file().text());
        });
        return OutputCache.key(parts);
    }

    /** What every paper's key shares, hashed once rather than once per paper. */
    private synchronized String shared() {
        if (shared == null) {
            List<String> parts = new ArrayList<>();
            parts.add(members ? "members" : "public");
            parts.add(EngineIdentity.value());
            parts.add(String.valueOf(epoch));
            parts.add(templates());
            try {
                parts.add(Files.readString(content.resolve("site.yaml")));
            } catch (IOException e) {
                parts.add("");
            }
            site.papers().forEach(p -> parts.add(p.paper().position().file().text()));
            shared = OutputCache.key(parts);
        }
        return shared;
    }

    private String templates() {
        if (templates == null) {
            templates = engine.fingerprint();
        }
        return templates;
    }
}

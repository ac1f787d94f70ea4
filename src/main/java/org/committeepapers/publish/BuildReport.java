package org.committeepapers.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.compute.CorrectionNote;
import org.committeepapers.problem.Problem;

/**
 * {@code build-report.json}: every output file with its size, SHA-256 and the sources it was made from, every
 * warning and every recorded correction of a printed figure. It holds no timings (they go to the terminal with
 * {@code -v}), so two clean builds of the same sources write the same bytes here as everywhere in the site.
 */
public final class BuildReport {
    public static final String FILE = "build-report.json";

    private BuildReport() {
    }

    /** @param content the content folder; sources are named relative to it, so the report has no host paths */
    public static byte[] make(ComputedSite site, java.nio.file.Path content, Map<String, byte[]> files,
            List<Problem> warnings) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("papers", site.papers().size());
        report.put("proposals", site.papers().stream().mapToInt(p -> p.proposals().size()).sum());
        Map<String, Object> outputs = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("bytes", file.getValue().length);
            entry.put("sha256", sha256(file.getValue()));
            entry.put("sources", sources(site, content, file.getKey()));
            outputs.put(file.getKey(), entry);
        }
        report.put("files", outputs);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem warning : warnings) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("severity", warning.severity().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("file", relative(content, warning.position().file().path()));
            entry.put("line", warning.position().line());
            entry.put("column", warning.position().column());
            entry.put("message", warning.message());
            problems.add(entry);
        }
        report.put("warnings", problems);
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (CorrectionNote note : site.corrections()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", relative(content, note.correction().figurePosition().file().path()));
            entry.put("line", note.correction().figurePosition().line());
            entry.put("column", note.correction().figurePosition().column());
            entry.put("figure", note.correction().figure());
            entry.put("printed", note.correction().printed().toPlainString());
            entry.put("computed", note.computed().value().toPlainString());
            entry.put("reason", note.correction().reason());
            corrections.add(entry);
        }
        report.put("corrections", corrections);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content files an output depends on: its paper's, or every paper's for site-wide pages. */
    private static List<String> sources(ComputedSite site, java.nio.file.Path content, String output) {
        List<String> sources = new ArrayList<>();
        for (ComputedPaper paper : site.papers()) {
            if (!output.startsWith(paper.paper().slug() + "/") && output.contains("/") && !output.startsWith("committees/")) {
                continue;
            }
            if (output.startsWith("committees/") && !output.equals("committees/" + paper.paper().committeeId() + ".html")) {
                continue;
            }
            sources.add(relative(content, paper.paper().position().file().path()));
            paper.paper().proposals().forEach(p -> sources.add(relative(content, p.file().path())));
        }
        return sources;
    }

    private static String relative(java.nio.file.Path content, java.nio.file.Path file) {
        return content.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

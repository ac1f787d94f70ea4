package org.committeepapers.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.OpenFigures;

/**
 * A paper's figures as open data, {@code <paper>/figures.csv} and {@code <paper>/figures.json}: one record per
 * figure (see {@link OpenFigures}), with its exact value as a plain decimal string, its unit and the source
 * file (relative to the content folder) and line it comes from. The CSV follows RFC 4180 (CRLF line ends,
 * quoting by Jackson's CSV writer) and starts with a UTF-8 byte order mark, so a spreadsheet shows "£000"
 * rather than mojibake.
 */
public final class OpenData {
    public static final String CSV = "figures.csv";
    public static final String JSON = "figures.json";
    static final List<String> COLUMNS = List.of("case", "table", "row", "column", "value", "unit", "computed",
            "source_file", "source_line");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private OpenData() {
    }

    /** The paths in the site of {@code paper}'s two files, without making them: what a check links to. */
    public static List<String> paths(ComputedPaper paper) {
        String dir = paper.paper().slug() + "/";
        return List.of(dir + CSV, dir + JSON);
    }

    /** Both files of {@code paper}, by their path in the site. */
    public static Map<String, byte[]> files(ComputedPaper paper, Path content) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (OpenFigures.Entry entry : OpenFigures.of(paper)) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("case", entry.proposal());
            record.put("table", entry.table());
            record.put("row", entry.row());
            record.put("column", entry.column());
            record.put("value", plain(entry.value(), entry.computed()));
            record.put("unit", entry.unit().word());
            record.put("computed", entry.computed());
            record.put("source_file", entry.source() == null ? "" : relative(content, entry.source().file().path()));
            record.put("source_line", entry.source() == null ? 0 : entry.source().line());
            records.add(record);
        }
        List<String> paths = paths(paper);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(paths.get(0), csv(records));
        files.put(paths.get(1), json(paper, records));
        return files;
    }

    /** A typed figure as written (311.610 keeps its zero); a computed one without trailing zeros. */
    static String plain(BigDecimal value, boolean computed) {
        if (!computed) {
            return value.toPlainString();
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static byte[] csv(List<Map<String, Object>> records) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        try {
            // Quote a field only when RFC 4180 needs it (a comma, a quote or a line break in it).
            CsvMapper mapper = CsvMapper.builder()
                    .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
            byte[] body = mapper.writer(schema.build()).writeValueAsBytes(records);
            byte[] out = new byte[BOM.length + body.length];
            System.arraycopy(BOM, 0, out, 0, BOM.length);
            System.arraycopy(body, 0, out, BOM.length, body.length);
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(ComputedPaper paper, List<Map<String, Object>> records) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("paper", paper.paper().slug());
        document.put("title", paper.paper().title());
        document.put("columns", COLUMNS);
        document.put("figures", records);
        try {
            String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relative(Path content, Path file) {
        return content.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}

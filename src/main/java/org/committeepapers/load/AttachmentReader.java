package org.committeepapers.load;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.committeepapers.model.Attachment;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.names.Slugs;
import org.committeepapers.model.Exempt;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SafeFiles;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * Reads a document an agenda item names from the meeting's folder: Markdown (with its images), PDF (prepared
 * for the reports pack by {@link AttachedPdfs}) or another file to publish for download. Every problem is
 * reported at the line of meeting.yaml that names the file, or at the Markdown line of an image.
 */
final class AttachmentReader {
    /** Large enough for a long scanned report; small enough that a stray video is refused. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    /** Files published for download but not printed; a web page or script is never published from content. */
    static final List<String> DOWNLOADS = List.of("docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt");
    private static final Parser MARKDOWN = Parser.builder().build();

    private AttachmentReader() {
    }

    /**
     * The document {@code name} in {@code dir}, or empty when it cannot be used (reported at {@code at}, or at the
     * file when it is not an ordinary file inside the content folder {@code root}).
     */
    static Optional<Attachment> read(Path dir, Path root, PdfMemory pdfs, ParseMemory parses, String name, String title,
            Exempt exempt, SourcePosition at, Problems problems) {
        String extension = extension(name);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (!Slugs.checkAddress(base, what(title), name.contains(".") ? "." + extension : "", at, problems)) {
            return Optional.empty();
        }
        Path path = dir.resolve(name).normalize();
        if (!dir.normalize().equals(path.getParent()) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(at, "there is no file " + name + " in " + dir, DidYouMean.hint(name, files(dir)));
            return Optional.empty();
        }
        if (extension.equals("md")) {
            return SourceReader.read(path, root, problems, parses).flatMap(source -> images(dir, root, source, parses, problems)
                    .map(images -> new Attachment(Attachment.Kind.MARKDOWN, title, name, at, source,
                            parses.remember(source, new Figures(what(title)), problems,
                                    p -> FigureText.ofMarkdown(source, source.text(), 1, what(title), p)), images, null,
                            null, exempt)));
        }
        if (!extension.equals("pdf") && !DOWNLOADS.contains(extension)) {
            problems.error(at, "a document must be Markdown (.md), a PDF, or one of " + String.join(", ", DOWNLOADS)
                    + ", but " + name + " is not", "save it as a PDF, or as Markdown to print it in the pack");
            return Optional.empty();
        }
        Optional<byte[]> bytes = bytes(path, root, MAX_FILE_BYTES, at, problems);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        if (extension.equals("pdf")) {
            return AttachedPdfs.prepare(bytes.get(), name, at, problems, pdfs).map(pdf -> new Attachment(
                    Attachment.Kind.PDF, title, name, at, null, null, Map.of(), bytes.get(), pdf, exempt));
        }
        return Optional.of(new Attachment(Attachment.Kind.OTHER, title, name, at, null, null, Map.of(), bytes.get(), null,
                exempt));
    }

    /** What the file is, in messages: "a report file", "a minutes file" or "a document file". */
    private static String what(String title) {
        return switch (title) {
            case "Report" -> "a report file";
            case "Minutes" -> "a minutes file";
            default -> "a document file";
        };
    }

    /**
     * The images of a Markdown document, each with alt text and a PNG or JPEG file beside it; a missing alt
     * text, file or type is an error at the image's line.
     */
    private static Optional<Map<String, Attachment.Image>> images(Path dir, Path root, SourceFile source,
            ParseMemory parses, Problems problems) {
        if (!source.text().contains("![")) {
            return Optional.of(Map.of()); // every Markdown image starts so: no need to parse the document
        }
        Map<String, Attachment.Image> images = new LinkedHashMap<>();
        int before = problems.errorCount();
        for (Written written : parses.remember(source, Written.class, problems, p -> written(source))) {
            SourcePosition at = written.at();
            String address = written.address();
            String alt = written.alt();
            if (alt.isEmpty()) {
                problems.error(at, "the image " + address + " has no alt text, so a reader who cannot see it would "
                        + "miss what it shows", "describe it between the brackets: ![Map of the three care homes](" + address + ")");
            }
            String type = switch (extension(address)) {
                case "png" -> "png";
                case "jpg", "jpeg" -> "jpeg";
                default -> null;
            };
            String base = address.contains(".") ? address.substring(0, address.lastIndexOf('.')) : address;
            if (!address.contains("/") && !Slugs.checkAddress(base, "an image file", address.contains(".")
                    ? "." + extension(address) : "", at, problems)) {
                continue;
            }
            Path file = dir.resolve(address).normalize();
            if (address.contains(":") || !dir.normalize().equals(file.getParent())
                    || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.error(at, "there is no image file " + address + " in " + dir,
                        "put the image in the meeting's folder and write its file name, e.g. ![…](map.png)");
                continue;
            }
            if (type == null) {
                problems.error(at, "the image " + address + " must be a PNG or JPEG file",
                        "save it as .png (drawings, charts) or .jpg (photographs)");
                continue;
            }
            bytes(file, root, MAX_IMAGE_BYTES, at, problems).ifPresent(b -> images.put(address,
                    new Attachment.Image(address, alt, type, b, at)));
        }
        return problems.errorCount() > before ? Optional.empty() : Optional.of(Map.copyOf(images));
    }

    /** What {@link ParseMemory} keeps a document's text under, split at its figures for messages naming it {@code what}. */
    private record Figures(String what) {
    }

    /** An image as the Markdown writes it: its address, its alt text, and where. */
    private record Written(String address, String alt, SourcePosition at) {
    }

    /** The images of a Markdown document, in order. */
    private static List<Written> written(SourceFile source) {
        List<Written> written = new java.util.ArrayList<>();
        for (Node node : MARKDOWN.parse(source.text()).getDescendants()) {
            if (node instanceof Image image) {
                written.add(new Written(image.getUrl().toString(), image.getText().toString().strip(),
                        source.at(image.getStartLineNumber() + 1, image.getStartOffset()
                                - image.getDocument().getChars().startOfLine(image.getStartOffset()) + 1)));
            }
        }
        return List.copyOf(written);
    }

    /** The file's bytes, read only when it is an ordinary file inside the content folder and not too big. */
    private static Optional<byte[]> bytes(Path file, Path root, long limit, SourcePosition at, Problems problems) {
        SafeFiles.Refusal refusal = SafeFiles.refusal(file, root, "the content folder");
        if (refusal != null) {
            problems.error(SourceFile.of(file, "").start(), refusal.message(), refusal.hint());
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            byte[] bytes = size > limit ? null : SafeFiles.read(file, limit);
            if (bytes == null || bytes.length > limit) {
                problems.error(at, String.format("%s is %.1f MB; at most %d MB can be published", file.getFileName(),
                        Math.max(size, bytes == null ? 0 : bytes.length) / (1024.0 * 1024.0), limit / (1024 * 1024)),
                        "make it smaller, or link to it instead");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.error(at, "cannot read " + file.getFileName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<String> files(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("meeting.yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

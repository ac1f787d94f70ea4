package org.committeepapers.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SafeFiles;
import org.committeepapers.problem.SourceFile;

/** Reads a source file as UTF-8 text, refusing files that are too big, binary or empty. */
public final class SourceReader {
    /** Big enough for any real proposal (the longest seed is 130 KB); small enough to refuse a stray dump. */
    public static final long MAX_BYTES = 1024 * 1024;

    private SourceReader() {
    }

    /**
     * Reads {@code path}, which must be an ordinary file inside the content folder {@code root} (see
     * {@link SafeFiles}); reports why not, at the file, and returns empty otherwise.
     */
    public static Optional<SourceFile> read(Path path, Path root, Problems problems) {
        return read(path, root, problems, null);
    }

    /** As {@link #read(Path, Path, Problems)}, checking a text once while it is unchanged when given a memory. */
    static Optional<SourceFile> read(Path path, Path root, Problems problems, ParseMemory memory) {
        SourceFile unread = SourceFile.of(path, "");
        SafeFiles.Refusal refusal = SafeFiles.refusal(path, root, "the content folder");
        if (refusal != null) {
            problems.error(unread.start(), refusal.message(), refusal.hint());
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.error(unread.start(), String.format(Locale.ROOT, "the file is %.1f MB; a source file may be at most 1 MB",
                        size / (1024.0 * 1024.0)), "split it up, or move data that is not content out of content/");
                return Optional.empty();
            }
            byte[] bytes = SafeFiles.read(path, MAX_BYTES);
            if (bytes.length > MAX_BYTES) {
                problems.error(unread.start(), "the file grew past 1 MB while it was read; a source file may be at most 1 MB",
                        "split it up, or move data that is not content out of content/");
                return Optional.empty();
            }
            if (isBlank(bytes)) {
                problems.error(unread.start(), "the file is empty",
                        path.toString().endsWith(".md")
                                ? "a proposal starts with front matter between two '---' lines; copy an existing one"
                                : "add the settings, or delete the file");
                return Optional.empty();
            }
            for (byte b : bytes) {
                if (b == 0) {
                    problems.error(unread.start(), "this is a binary file, not text",
                            "content/ holds only .yaml and .md text files; move this file elsewhere");
                    return Optional.empty();
                }
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            SourceFile file = SourceFile.of(path, text.replace("\r\n", "\n").replace('\r', '\n'));
            if (memory == null) {
                return Optional.of(checked(file, problems));
            }
            SourceFile same = memory.same(file);
            return Optional.of(memory.remember(same, CHECKED, problems, p -> checked(same, p)));
        } catch (CharacterCodingException e) {
            problems.error(unread.start(), "the file is not UTF-8 text",
                    "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)");
        } catch (IOException e) {
            problems.error(unread.start(), "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Whether the file holds nothing but white space. A printable ASCII byte decodes to itself whatever surrounds
     * it, so the first one settles it without decoding the whole file (every load reads every file).
     */
    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b > ' ' && b < 0x7F) {
                return false;
            }
        }
        return new String(bytes, StandardCharsets.UTF_8).isBlank();
    }

    /** What {@link ParseMemory} keeps a file's checks under. */
    private static final String CHECKED = "checked";

    /** The checks of a file's text alone: placeholders left in it, Markdown nested too deeply. */
    private static SourceFile checked(SourceFile file, Problems problems) {
        Placeholders.check(file, problems);
        if (file.path().toString().endsWith(".md")) {
            checkDepth(file, problems);
        }
        return file;
    }

    /** Markdown nested too deeply to parse is an error here, before any parser sees it (see MarkdownDepth). */
    private static void checkDepth(SourceFile file, Problems problems) {
        int[] deep = MarkdownDepth.tooDeep(file.text());
        if (deep != null) {
            problems.error(file.at(deep[0] + 1, deep[1]), "the Markdown here is nested more than " + MarkdownDepth.MAX
                    + " levels deep (quotes, lists, emphasis or HTML elements)", "flatten it: no paper needs quotes or lists "
                    + "nested so deeply");
        }
    }
}

package org.committeepapers.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;

/**
 * What parsing a source file yielded (its checked text, YAML tree, front matter, Markdown split), kept under
 * the file's path and exact text, so that loading the content again parses only the files whose text changed.
 * The preview loads the whole content on every save, and a save changes one file.
 *
 * <p>Only a parse that reported no problem is kept: one that warned or failed runs again on every load, so its
 * messages are always the parser's own. What is kept is immutable (later stages only read it), and its
 * positions refer to the {@link SourceFile} first read with that text, equal to any later one. Safe to share
 * between threads.
 */
public final class ParseMemory {
    /** Texts kept per file: the last two, so that a change undone (or a test's mutant put back) is not parsed again. */
    private static final int KEPT_PER_FILE = 2;

    /** One text of a file and what its parses yielded, by what was parsed. */
    private record Parsed(SourceFile file, Map<Object, Object> results) {
    }

    private final Map<Path, List<Parsed>> files = new HashMap<>();
    /** How many parses of each file ran (were not found here): what a test of this memory counts. */
    private final Map<Path, Long> parses = new HashMap<>();

    /**
     * The result of {@code parse} for {@code file}, which reports to the problems it is given: the one kept
     * under {@code what} for this path and text, else a fresh one, kept when it reported nothing.
     *
     * @param what everything besides the file's text that the result depends on (equal when the result is)
     */
    @SuppressWarnings("unchecked")
    <T> T remember(SourceFile file, Object what, Problems problems, Function<Problems, T> parse) {
        Map<Object, Object> results = resultsOf(file);
        Object kept = results.get(what);
        if (kept != null) {
            return (T) kept;
        }
        int before = problems.count();
        T result = parse.apply(problems);
        synchronized (this) {
            parses.merge(file.path(), 1L, Long::sum);
        }
        if (result != null && problems.count() == before) {
            results.putIfAbsent(what, result);
        }
        return result;
    }

    /** The file read before with the same path and text (so positions in kept results refer to it), else {@code file}. */
    SourceFile same(SourceFile file) {
        return (SourceFile) resultsOf(file).get(SourceFile.class);
    }

    /** How many times a part of {@code file} was parsed, not found here. */
    public synchronized long parses(Path file) {
        return parses.getOrDefault(file, 0L);
    }

    private synchronized Map<Object, Object> resultsOf(SourceFile file) {
        List<Parsed> texts = files.computeIfAbsent(file.path(), p -> new ArrayList<>(KEPT_PER_FILE + 1));
        for (int i = 0; i < texts.size(); i++) {
            Parsed parsed = texts.get(i);
            if (parsed.file().text().equals(file.text())) {
                texts.add(0, texts.remove(i)); // the most recently used first
                return parsed.results();
            }
        }
        Parsed parsed = new Parsed(file, new ConcurrentHashMap<>());
        parsed.results().put(SourceFile.class, file);
        texts.add(0, parsed);
        if (texts.size() > KEPT_PER_FILE) {
            texts.remove(texts.size() - 1);
        }
        return parsed.results();
    }
}

package org.committeepapers.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.committeepapers.problem.Excerpt;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.SafeFiles;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * FreeMarker, locked down: templates are user-editable, so they get auto-escaped HTML output, no
 * {@code ?new}, no {@code ?api}, and errors that stop the build instead of printing into the page.
 *
 * <p>A file in the user's templates folder overrides the built-in one of the same name.
 */
public final class TemplateEngine {
    /** Where the built-in templates live inside the jar (copied there from the repository's templates/). */
    public static final String BUILT_IN = "/org/committeepapers/templates";

    private final Configuration configuration;
    private final Path userTemplates;
    private final TemplateLimits limits;

    public TemplateEngine(Path userTemplates) {
        this(userTemplates, TemplateLimits.DEFAULT);
    }

    /** An engine whose templates run within {@code limits} of time and output (tests use small ones). */
    TemplateEngine(Path userTemplates, TemplateLimits limits) {
        this.userTemplates = userTemplates;
        this.limits = limits;
        configuration = TemplateLimits.interruptible();
        try {
            List<TemplateLoader> loaders = new ArrayList<>();
            if (userTemplates != null && Files.isDirectory(userTemplates)) {
                loaders.add(new CheckedLoader(new FileTemplateLoader(userTemplates.toFile()), userTemplates));
            }
            loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILT_IN));
            configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateErrors.HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setLocalizedLookup(false);
        configuration.setLocale(Locale.UK);
        configuration.setTimeZone(TimeZone.getTimeZone("Europe/London"));
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        configuration.setObjectWrapper(wrapper.build());
    }

    /** Renders {@code name} with {@code model}; a template mistake becomes a {@link TemplateFailure}. */
    public String render(String name, Map<String, Object> model) {
        return limits.run(name, out -> configuration.getTemplate(name).process(model, out), this::names);
    }

    /**
     * {@code failure} as a located problem: in the user's copy of the template when there is one (shown as
     * {@code templates/NAME:line:column}), else in the built-in one ({@code built-in/NAME}).
     */
    public Problem problem(TemplateFailure failure) {
        String name = failure.template();
        Path file = userTemplates == null || name == null ? null : userTemplates.resolve(name).normalize();
        SourceFile source;
        if (file != null && file.startsWith(userTemplates.normalize()) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            String text = "";
            try {
                // The line is quoted from the file only when it may be read (not a pipe, nor a link outside).
                if (SafeFiles.refusal(file, userTemplates, "the templates folder") == null) {
                    text = new String(SafeFiles.read(file, MAX_RESOURCE_BYTES), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                text = "";
            }
            source = SourceFile.of(file, text);
        } else {
            String text = "";
            try (var in = TemplateEngine.class.getResourceAsStream(BUILT_IN + "/" + name)) {
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "";
            }
            source = new SourceFile(Path.of(String.valueOf(name)), "built-in/" + name, text);
        }
        SourcePosition at = source.at(Math.max(1, failure.line()), Math.max(1, failure.column()));
        return new Problem(Problem.Severity.ERROR, at, Excerpt.shortened(failure.getMessage()),
                Excerpt.shortened(failure.hint()));
    }

    /** A static file (e.g. the style sheet) from the user's templates if present, else the built-in one. */
    public byte[] resource(String name) {
        try {
            if (userTemplates != null && Files.exists(userTemplates.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                refuseUnsafe(userTemplates.resolve(name), userTemplates);
                byte[] bytes = SafeFiles.read(userTemplates.resolve(name), MAX_RESOURCE_BYTES);
                if (bytes.length > MAX_RESOURCE_BYTES) {
                    throw new TemplateFailure(name, "the file is over 1 MB; a style sheet may be at most 1 MB");
                }
                return bytes;
            }
            try (var in = TemplateEngine.class.getResourceAsStream(BUILT_IN + "/" + name)) {
                if (in == null) {
                    throw new TemplateFailure(name, "no such file among the templates");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw TemplateFailure.withHint(name, String.valueOf(e.getMessage()));
        }
    }

    private static final long MAX_RESOURCE_BYTES = 1024 * 1024;

    /**
     * Checks every file in the user's templates folder before any is used, so {@code check} refuses a link
     * out of the folder, a named pipe or a device as {@code build} does, whichever template it would be.
     *
     * @throws TemplateFailure naming the first such file
     */
    public void checkFiles() {
        if (userTemplates == null || !Files.isDirectory(userTemplates)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(userTemplates)) {
            for (Path file : files.sorted().toList()) {
                if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    refuseUnsafe(file, userTemplates);
                } catch (IOException e) {
                    throw TemplateFailure.withHint(file.getFileName().toString(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new TemplateFailure(String.valueOf(userTemplates.getFileName()), e.getMessage());
        }
    }

    /** Refuses, as a template error, a file that is not an ordinary file inside the templates folder. */
    private static void refuseUnsafe(Path file, Path folder) throws IOException {
        SafeFiles.Refusal refusal = SafeFiles.refusal(file, folder, "the templates folder");
        if (refusal != null) {
            throw new IOException(refusal.message() + (refusal.hint() == null ? "" : "\nhint: " + refusal.hint()));
        }
    }

    /**
     * The user's templates, each checked before FreeMarker opens it: a link out of the folder, a named pipe or
     * a device is an error, not a template (nor a silent fall-back to the built-in one).
     */
    private static final class CheckedLoader implements TemplateLoader {
        private final FileTemplateLoader files;
        private final Path folder;

        CheckedLoader(FileTemplateLoader files, Path folder) {
            this.files = files;
            this.folder = folder;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Path file = folder.resolve(name);
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            refuseUnsafe(file, folder);
            return files.findTemplateSource(name);
        }

        @Override
        public long getLastModified(Object source) {
            return files.getLastModified(source);
        }

        @Override
        public java.io.Reader getReader(Object source, String encoding) throws IOException {
            return files.getReader(source, encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            files.closeTemplateSource(source);
        }
    }

    /**
     * The effective text of every template and style sheet, user's or built-in: changes whenever any of them
     * does. The names are those actually present (built in, and in the user's folder), never a list kept by hand,
     * so a template added to either counts at once.
     */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String name : names()) {
            all.append(name).append('\n').append(new String(resource(name), StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

    /** The name of every built-in template and style sheet, sorted. */
    public static List<String> builtInNames() {
        return BuiltInTemplates.NAMES;
    }

    /**
     * Warns about each file in the user's templates folder that overrides nothing (a misspelt name would
     * otherwise be silently ignored), with a did-you-mean. Names starting with "_" are the user's own partials;
     * hidden files and READMEs are left alone.
     */
    public void checkOverrides(org.committeepapers.problem.Problems problems) {
        if (userTemplates == null || !Files.isDirectory(userTemplates)) {
            return;
        }
        List<String> builtIn = builtInNames();
        try (var files = Files.list(userTemplates)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (builtIn.contains(name) || name.startsWith(".") || name.startsWith("_") || name.startsWith("README")) {
                    continue;
                }
                String hint = org.committeepapers.names.DidYouMean.closest(name, builtIn)
                        .map(c -> "did you mean '" + c + "'? (name your own partials with a leading _, e.g. _" + name + ")")
                        .orElse("the built-in ones are " + String.join(", ", builtIn)
                                + "; name your own partials with a leading _, e.g. _" + name);
                problems.warning(org.committeepapers.problem.SourceFile.of(file, "").start(), "the template '" + name
                        + "' has the name of no built-in template, so it replaces nothing", hint);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file name among the built-in templates and the user's, in order. */
    public SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>(BuiltInTemplates.NAMES);
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
            try (Stream<Path> files = Files.walk(userTemplates)) {
                // An editor's hidden swap and backup files are never templates.
                files.filter(Files::isRegularFile)
                        .map(file -> userTemplates.relativize(file).toString().replace('\\', '/'))
                        .filter(name -> !name.startsWith(".") && !name.contains("/.") && !name.endsWith("~"))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new TemplateFailure(userTemplates.toString(), "cannot list the templates: " + e.getMessage());
            }
        }
        return names;
    }

    /**
     * A template that failed to load or run, at a line and column of the template it happened in (0 when it
     * is about the whole file); {@link TemplateEngine#problem} locates it in the user's templates folder or
     * among the built-in templates.
     */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String template;
        private final int line;
        private final int column;
        private final String hint;

        public TemplateFailure(String template, String message) {
            this(template, 0, 0, message, null);
        }

        public TemplateFailure(String template, int line, int column, String message, String hint) {
            super(message);
            this.template = template;
            this.line = line;
            this.column = column;
            this.hint = hint;
        }

        /** A failure about the whole file {@code template}; {@code text} may end in "\nhint: …". */
        static TemplateFailure withHint(String template, String text) {
            int cut = text.indexOf("\nhint: ");
            return cut < 0 ? new TemplateFailure(template, text)
                    : new TemplateFailure(template, 0, 0, text.substring(0, cut), text.substring(cut + "\nhint: ".length()));
        }

        public String template() {
            return template;
        }

        public String hint() {
            return hint;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** "template NAME:line:column: message", for where no engine is at hand to locate it. */
        @Override
        public String toString() {
            return "template " + template + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + getMessage();
        }
    }
}

package org.committeepapers.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

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

    public TemplateEngine(Path userTemplates) {
        this.userTemplates = userTemplates;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        try {
            List<TemplateLoader> loaders = new ArrayList<>();
            if (userTemplates != null && Files.isDirectory(userTemplates)) {
                loaders.add(new FileTemplateLoader(userTemplates.toFile()));
            }
            loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILT_IN));
            configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
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
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(name).process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new TemplateFailure(name, e.getMessageWithoutStackTop().strip());
        } catch (IOException e) {
            throw new TemplateFailure(name, e.getMessage());
        }
    }

    /** A static file (e.g. the style sheet) from the user's templates if present, else the built-in one. */
    public byte[] resource(String name) {
        try {
            if (userTemplates != null && Files.isRegularFile(userTemplates.resolve(name))) {
                return Files.readAllBytes(userTemplates.resolve(name));
            }
            try (var in = TemplateEngine.class.getResourceAsStream(BUILT_IN + "/" + name)) {
                if (in == null) {
                    throw new TemplateFailure(name, "no such file among the templates");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new TemplateFailure(name, e.getMessage());
        }
    }

    /** Every template and style sheet the site is made with, as this engine will load them. */
    public static final List<String> FILES = List.of("macros.ftlh", "index.ftlh", "paper.ftlh", "proposal.ftlh",
            "table.ftlh", "committee.ftlh", "print.ftlh", "style.css", "print.css");

    /** The effective text of every template, user's or built-in: changes whenever any of them does. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String name : FILES) {
            all.append(name).append('\n').append(new String(resource(name), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

    /** The name of every built-in template and style sheet, sorted. */
    public static List<String> builtInNames() {
        try {
            return org.committeepapers.load.Bundled.open(BUILT_IN + "/index.ftlh", dir -> {
                try (var files = Files.list(dir)) {
                    return files.map(f -> f.getFileName().toString()).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                String hint = org.committeepapers.load.DidYouMean.closest(name, builtIn)
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

    /** A template that failed to load or run; names the template so the user can fix their override. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TemplateFailure(String template, String message) {
            super("template " + template + ": " + message);
        }
    }
}

package org.committeepapers.render;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.names.DidYouMean;

/**
 * Turns what FreeMarker throws for a broken template into a {@link TemplateEngine.TemplateFailure} an author can
 * act on: the template and the line and column, a short plain message instead of FreeMarker's pages of text
 * and stack, and a hint (did-you-mean over the names the template can see, for a misspelt variable).
 */
final class TemplateErrors {
    private static final Pattern TYPE = Pattern.compile("Expected (an? [^,]+?)(?: or something .*?)?, but this has evaluated "
            + "to (an? [a-z_+ ]+)");
    /** FreeMarker's message for a call that leaves out a parameter the macro (or function) has no default for. */
    private static final Pattern MISSING_ARGUMENT = Pattern.compile("When calling (macro|function) \"([^\"]+)\", required "
            + "parameter \"([^\"]+)\" \\(parameter #\\d+\\) was (not specified|specified, but had null/missing value)");
    /** The call in FreeMarker's instruction stack: "Reached through: @m.notes  [in template "x.ftlh" at line 4, column 1]". */
    private static final Pattern CALL = Pattern.compile("Reached through: [@]?(\\S+).*?\\[in template \"([^\"]+)\""
            + "(?: in (?:macro|function) \"[^\"]*\")? at line (\\d+), column (\\d+)\\]");
    /** The names every Java object answers to, which a template never means. */
    private static final Set<String> OBJECT_METHODS = Set.of("class", "getClass", "hashCode", "equals", "toString", "wait",
            "notify", "notifyAll");

    /**
     * The names visible where a name was not found, taken while the template still runs (loop variables and
     * macro arguments are gone once the error has unwound the template).
     */
    private static final ThreadLocal<Collection<String>> VISIBLE = new ThreadLocal<>();

    /** Notes the names a misspelt variable could have meant, then lets the error stop the template. */
    static final TemplateExceptionHandler HANDLER = (error, env, out) -> {
        String blamed = error.getBlamedExpressionString();
        if (error instanceof InvalidReferenceException && blamed != null) {
            int dot = blamed.lastIndexOf('.');
            VISIBLE.set(names(env, dot < 0 ? null : blamed.substring(0, dot)));
        }
        throw error;
    };

    private TemplateErrors() {
    }

    /** Forgets the names noted by a previous run on this thread. */
    static void reset() {
        VISIBLE.remove();
    }

    /**
     * The failure for {@code e}, thrown while loading or running {@code top}; {@code templates} are the names
     * an {@code <#include>} could have meant.
     */
    static TemplateEngine.TemplateFailure of(String top, Exception e, Collection<String> templates) {
        if (e instanceof ParseException p) {
            String name = p.getTemplateName() != null ? p.getTemplateName() : top;
            return new TemplateEngine.TemplateFailure(name, p.getLineNumber(), p.getColumnNumber(),
                    "template syntax error: " + firstSentences(p.getEditorMessage()),
                    "compare it with the built-in " + name + "; delete your copy to use the built-in one again");
        }
        if (e instanceof TemplateNotFoundException missing) {
            return notFound(top, 0, 0, missing.getTemplateName(), templates);
        }
        if (!(e instanceof TemplateException t)) {
            return TemplateEngine.TemplateFailure.withHint(top, String.valueOf(e.getMessage()));
        }
        String name = t.getTemplateSourceName() != null ? t.getTemplateSourceName() : top;
        int line = t.getLineNumber() == null ? 0 : t.getLineNumber();
        int column = t.getColumnNumber() == null ? 0 : t.getColumnNumber();
        String message = t.getMessageWithoutStackTop();
        // An imported or included template's own mistake. A template that failed to load before (on another
        // thread, say) comes back wrapped in an IOException, so the whole chain is searched: the same mistake
        // is reported the same way whichever page met it first.
        for (Throwable cause = t.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof TemplateNotFoundException missing) {
                return notFound(name, line, column, missing.getTemplateName(), templates);
            }
            if (cause instanceof ParseException || cause instanceof TemplateException) {
                return of(top, (Exception) cause, templates);
            }
        }
        if (message.contains("?new") || message.contains("not allowed in the template for security reasons")) {
            return new TemplateEngine.TemplateFailure(name, line, column, "?new is not allowed: templates cannot create objects",
                    "templates only lay out the data they are given; remove the ?new");
        }
        if (message.contains("?api")) {
            return new TemplateEngine.TemplateFailure(name, line, column, "?api is not allowed: templates cannot call into Java",
                    "templates only lay out the data they are given; use the values by name, e.g. ${paper.title}");
        }
        Matcher argument = MISSING_ARGUMENT.matcher(message);
        if (argument.find()) {
            return missingArgument(name, line, column, argument, t.getFTLInstructionStack());
        }
        String blamed = t.getBlamedExpressionString();
        if (t instanceof InvalidReferenceException && blamed != null) {
            return unknownName(name, line, column, blamed, t.getEnvironment());
        }
        Matcher type = TYPE.matcher(message);
        if (type.find()) {
            String what = blamed != null ? "'" + blamed + "'" : "this value";
            return new TemplateEngine.TemplateFailure(name, line, column, what + " is " + kind(type.group(2)) + ", but "
                    + kind(type.group(1)) + " is needed here", typeHint(type.group(1), type.group(2)));
        }
        return new TemplateEngine.TemplateFailure(name, line, column, plain(message),
                "compare it with the built-in " + name + "; delete your copy to use the built-in one again");
    }

    /**
     * A call that leaves out a parameter: FreeMarker blames the macro's definition, but the mistake is in the
     * call, so the failure is located at the call (the first one on the instruction stack) and names the
     * parameter to give.
     */
    private static TemplateEngine.TemplateFailure missingArgument(String name, int line, int column, Matcher missing,
            String stack) {
        String kind = missing.group(1);
        String macro = missing.group(2);
        String parameter = missing.group(3);
        String defined = name + ":" + line;
        Matcher call = CALL.matcher(stack == null ? "" : stack);
        String called = macro;
        if (call.find()) {
            called = call.group(1);
            name = call.group(2);
            line = Integer.parseInt(call.group(3));
            column = Integer.parseInt(call.group(4));
        }
        if (missing.group(4).startsWith("specified")) {
            return new TemplateEngine.TemplateFailure(name, line, column, "the " + kind + " '" + macro + "' is given its "
                    + "parameter '" + parameter + "', but the value given is missing", "check that the value passed as '"
                    + parameter + "' exists here, or give a default: " + parameter + "=value!\"\"");
        }
        String give = kind.equals("macro") ? "give it, e.g. <@" + called + " " + parameter + "=…/>"
                : "pass a value for it in the call";
        return new TemplateEngine.TemplateFailure(name, line, column, "the " + kind + " '" + macro + "' needs its parameter '"
                + parameter + "', but this call does not give it", give + " (the " + kind + " is defined at " + defined + ")");
    }

    private static TemplateEngine.TemplateFailure notFound(String name, int line, int column, String wanted,
            Collection<String> templates) {
        return new TemplateEngine.TemplateFailure(name, line, column, "there is no template '" + wanted + "' to include",
                DidYouMean.hint(String.valueOf(wanted), templates.stream().filter(n -> n.endsWith(".ftlh")).toList()));
    }

    /** {@code x} or {@code a.b.x} is not there: suggest the names of the data model, or of {@code a.b}. */
    private static TemplateEngine.TemplateFailure unknownName(String name, int line, int column, String blamed,
            Environment env) {
        int dot = blamed.lastIndexOf('.');
        boolean simplePath = blamed.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
        String last = dot < 0 ? blamed : blamed.substring(dot + 1);
        Collection<String> seen = VISIBLE.get();
        VISIBLE.remove();
        Collection<String> known = !simplePath ? List.of()
                : seen != null ? seen : names(env, dot < 0 ? null : blamed.substring(0, dot));
        String message = dot < 0 || !simplePath ? "there is no variable '" + blamed + "' here"
                : "'" + blamed.substring(0, dot) + "' has no '" + last + "'";
        String hint = DidYouMean.closest(last, known).map(c -> "did you mean '" + (dot < 0 ? c : blamed.substring(0, dot + 1) + c) + "'?")
                .orElse(known.isEmpty() ? "write ${" + blamed + "!} if it may be missing"
                        : "the names here are " + DidYouMean.listed(known));
        return new TemplateEngine.TemplateFailure(name, line, column, message, hint);
    }

    /** The names visible at top level ({@code parent} null), or the keys of the hash {@code parent}. */
    private static Collection<String> names(Environment env, String parent) {
        if (env == null) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        try {
            if (parent == null) {
                for (Object known : env.getKnownVariableNames()) {
                    names.add(String.valueOf(known));
                }
                // FreeMarker's own utilities (compress, html_escape, …) are not names a template means.
                env.getConfiguration().getSharedVariableNames().forEach(shared -> names.remove(String.valueOf(shared)));
            } else {
                TemplateModel model = null;
                for (String step : parent.split("\\.")) {
                    model = model == null ? env.getVariable(step)
                            : model instanceof TemplateHashModel hash ? hash.get(step) : null;
                }
                if (model instanceof TemplateHashModelEx hash) {
                    TemplateModelIterator keys = hash.keys().iterator();
                    while (keys.hasNext()) {
                        names.add(String.valueOf(keys.next()));
                    }
                }
            }
        } catch (TemplateModelException | RuntimeException e) {
            return List.of(); // the suggestion is a help; without it the message still stands
        }
        names.removeIf(n -> OBJECT_METHODS.contains(n) || n.startsWith(".") || n.startsWith("_"));
        return new ArrayList<>(names);
    }

    /** FreeMarker's name of a type ("an extended_hash") in an author's words ("a record (hash)"). */
    private static String kind(String freemarkerName) {
        String type = freemarkerName.strip().replaceFirst("^an? ", "");
        return switch (type) {
            case "sequence", "sequence+hash", "collection", "sequence or collection" -> "a list (" + type + ")";
            case "hash", "extended_hash", "hash+string", "extended_hash+string" -> "a record (hash)";
            case "string" -> "text (a string)";
            case "number", "boolean", "date", "method" -> "a " + type;
            default -> "a " + type;
        };
    }

    private static String typeHint(String expected, String found) {
        if (found.contains("sequence")) {
            return "a list is written with <#list … as item>…</#list>, or joined with ?join(\", \")";
        }
        if (expected.contains("hash") && !found.contains("hash")) {
            return "only a record or mapping has names after a dot; check what this name holds in the built-in template";
        }
        return "check what this name holds in the built-in template, and use it the same way";
    }

    /** FreeMarker's editor message, without its notes in brackets, at most two sentences. */
    private static String firstSentences(String message) {
        String text = plain(message).replaceAll("\\s*\\(Note that[^)]*\\)", "");
        String[] sentences = text.split("(?<=\\.) ");
        String out = sentences.length > 1 ? sentences[0] + " " + sentences[1] : text;
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    /** The first line of a message, without FreeMarker's wrapper class names and tips. */
    private static String plain(String message) {
        if (message == null) {
            return "the template failed";
        }
        String first = message.strip().lines().findFirst().orElse("the template failed");
        first = first.replaceAll("\\s*\\((?:wrapper: )?[a-zA-Z_$.]*\\b(?:f\\.t|freemarker)\\.[^)]*\\)", "");
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }
}

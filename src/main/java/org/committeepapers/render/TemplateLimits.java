package org.committeepapers.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds one run of a template, which a user's override may turn into an endless loop or recursion: the
 * output it may write, the time it may take (a watchdog interrupts it, and FreeMarker checks for interruption
 * in every loop and macro call), and the stack it may use. Passing a bound is a template error naming the
 * template, and the line where it can be found.
 */
final class TemplateLimits {
    /** Far beyond any real page (the largest print HTML is a few MB, printed in about a second). */
    static final TemplateLimits DEFAULT = new TemplateLimits(Duration.ofSeconds(30), 64L * 1024 * 1024);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "template watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration time;
    private final long maxChars;

    TemplateLimits(Duration time, long maxChars) {
        this.time = time;
        this.maxChars = maxChars;
    }

    /** What runs a template into a writer. */
    interface Body {
        void write(Writer out) throws TemplateException, IOException;
    }

    /**
     * A configuration whose every template, included and imported ones too, checks for thread interruption in
     * its loops and macro calls (FreeMarker's own post-processing, applied once to each template loaded).
     */
    static Configuration interruptible() {
        return new Configuration(Configuration.VERSION_2_3_34) {
            private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

            @Override
            public Template getTemplate(String name, Locale locale, Object condition, String encoding, boolean parse,
                    boolean ignoreMissing) throws IOException {
                Template template = super.getTemplate(name, locale, condition, encoding, parse, ignoreMissing);
                synchronized (checked) {
                    if (template != null && checked.add(template)) {
                        _CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
                return template;
            }
        };
    }

    /**
     * Runs {@code body} for the template {@code name} within the limits, returning what it wrote; a mistake in
     * the template is a {@link TemplateEngine.TemplateFailure} at its line ({@code templates} are the names an
     * include could have meant, for a did-you-mean).
     */
    String run(String name, Body body, Supplier<Collection<String>> templates) {
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = WATCHDOG.schedule(watch::ring, time.toMillis(), TimeUnit.MILLISECONDS);
        BoundedWriter out = new BoundedWriter(maxChars);
        TemplateErrors.reset();
        try {
            body.write(out);
            return out.toString();
        } catch (TemplateException | IOException | RuntimeException e) {
            if (e instanceof TemplateEngine.TemplateFailure failure) {
                throw failure;
            }
            if (out.passedTemplate != null) {
                throw new TemplateEngine.TemplateFailure(out.passedTemplate.isEmpty() ? name : out.passedTemplate, out.passedLine, out.passedColumn,
                        "the template wrote more than " + maxChars / (1024 * 1024) + " MB for one page",
                        "a loop that never ends? Compare this line with the built-in template");
            }
            if (watch.rang()) {
                TemplateException t = e instanceof TemplateException te ? te : null;
                throw new TemplateEngine.TemplateFailure(t != null && t.getTemplateSourceName() != null
                        ? t.getTemplateSourceName() : name, t == null || t.getLineNumber() == null ? 0 : t.getLineNumber(),
                        t == null || t.getColumnNumber() == null ? 0 : t.getColumnNumber(),
                        "the template ran for more than " + time.toSeconds() + " seconds for one page",
                        "a loop that never ends? Compare the loops with the built-in template");
            }
            if (e instanceof TemplateException || e instanceof IOException) {
                throw TemplateErrors.of(name, (Exception) e, templates.get());
            }
            throw (RuntimeException) e;
        } catch (StackOverflowError e) {
            throw new TemplateEngine.TemplateFailure(name, 0, 0, "a macro or template calls itself without end "
                    + "(or nests too deeply)", "give the macro a way to stop, e.g. an <#if> around the call");
        } finally {
            watch.stop();
            alarm.cancel(false);
        }
    }

    /** Interrupts the rendering thread once the time is up, unless it finished first. */
    private static final class Watch {
        private final Thread thread;
        private boolean done;
        private boolean rang;

        Watch(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (!done) {
                rang = true;
                thread.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        /** After this the thread is never interrupted by this watch; an interrupt it made is cleared. */
        synchronized void stop() {
            done = true;
            if (rang) {
                Thread.interrupted();
            }
        }
    }

    /** A writer that refuses to grow past its limit, noting where in which template it was. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final long max;
        private String passedTemplate;
        private int passedLine;
        private int passedColumn;

        BoundedWriter(long max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (text.length() + (long) length > max) {
                passed();
            }
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            if (text.length() + (long) length > max) {
                passed();
            }
            text.append(string, offset, offset + length);
        }

        /** Notes the instruction writing when the limit was passed, and stops the template. */
        private void passed() throws IOException {
            Environment env = Environment.getCurrentEnvironment();
            TemplateElement[] stack = env == null ? new TemplateElement[0] : _CoreAPI.getInstructionStackSnapshot(env);
            passedTemplate = "";
            if (stack.length > 0 && stack[0].getTemplate() != null) {
                passedTemplate = stack[0].getTemplate().getSourceName();
                passedLine = stack[0].getBeginLine();
                passedColumn = stack[0].getBeginColumn();
            }
            throw new IOException("output limit passed");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

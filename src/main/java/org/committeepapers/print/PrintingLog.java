package org.committeepapers.print;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf's log off the console while, and only while, this tool prints on the current thread.
 *
 * <p>openhtmltopdf has one logger for the whole JVM, so this one stands in front of whatever logger was there
 * and passes every message on, except from a thread inside {@link #quiet()}. There, every diagnostic still
 * reaches the consumer the printer set on its renderer (which turns the ones that lose text into errors); it
 * is just not printed. Another user of openhtmltopdf in the same JVM keeps its logging.
 */
final class PrintingLog implements XRLogger {
    private static final ThreadLocal<Boolean> PRINTING = ThreadLocal.withInitial(() -> false);

    private final XRLogger outside;

    private PrintingLog(XRLogger outside) {
        this.outside = outside;
    }

    /** A scope within which this thread's printing logs nothing; close it when the document is done. */
    static Scope quiet() {
        install();
        boolean before = PRINTING.get();
        PRINTING.set(true);
        return () -> PRINTING.set(before);
    }

    /** The part of a scope that ends it, without a checked exception. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static void install() {
        synchronized (XRLog.class) {
            XRLogger current = XRLog.getLoggerImpl();
            if (!(current instanceof PrintingLog)) {
                XRLog.setLoggerImpl(new PrintingLog(current != null ? current : new JDKXRLogger()));
            }
        }
    }

    /** Whether this thread is printing, and so must be quiet. */
    static boolean quietHere() {
        return PRINTING.get();
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return !quietHere() && outside.isLogLevelEnabled(diagnostic);
    }

    @Override
    public void log(String where, Level level, String msg) {
        if (!quietHere()) {
            outside.log(where, level, msg);
        }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (!quietHere()) {
            outside.log(where, level, msg, th);
        }
    }

    @Override
    public void log(Diagnostic diagnostic) {
        if (!quietHere()) {
            outside.log(diagnostic);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        outside.setLevel(logger, level);
    }
}

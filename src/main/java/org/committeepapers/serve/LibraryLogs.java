package org.committeepapers.serve;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the preview's libraries log. Undertow and XNIO log through jboss-logging and directory-watcher through
 * SLF4J (bound to java.util.logging by slf4j-jdk14), so all of it reaches java.util.logging, whose console
 * handler prints to stderr. Their INFO lines are start-up banners ("XNIO version …"), noise on an officer's
 * terminal, so these libraries' own loggers start at WARNING: their warnings and errors still print, and no
 * other logger in the JVM changes. A level set in a logging.properties file is kept.
 */
final class LibraryLogs {
    /** Held here: java.util.logging keeps loggers only weakly, and a collected one would forget its level. */
    private static final List<Logger> LIBRARIES = List.of(Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio"),
            Logger.getLogger("org.jboss.threads"), Logger.getLogger("io.methvin"));

    private LibraryLogs() {
    }

    static void warningsOnly() {
        for (Logger logger : LIBRARIES) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
    }
}

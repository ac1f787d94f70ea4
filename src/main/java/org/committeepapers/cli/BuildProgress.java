package org.committeepapers.cli;

import java.io.PrintWriter;
import org.committeepapers.print.SitePrinter;

/**
 * What a build is doing, on standard error. On a terminal, one status line rewritten in place: the stages
 * done, "PDFs 3 of 8 printed (412 pages)" and how many came from the cache, cleared when the build ends.
 * Piped or redirected (a cron log, CI), plain lines instead: one per stage and one per PDF, printed or cached.
 */
final class BuildProgress implements SitePrinter.Progress {
    /** Erases from the cursor to the end of the line. */
    private static final String ERASE = "\u001B[K";
    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private String lastStage;
    private int printed;
    private int toPrint;
    private int pages;
    private int cached;
    private boolean shown;

    BuildProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void printed(String key, int done, int total) {
        printed(key, done, total, 0);
    }

    @Override
    public synchronized void printed(String key, int done, int total, int pageCount) {
        printed = done;
        toPrint = total;
        pages += pageCount;
        if (terminal) {
            show();
        } else {
            err.println("Printed PDF " + done + " of " + total + ": " + key + (pageCount > 0 ? " (" + pageCount
                    + " page" + (pageCount == 1 ? "" : "s") + ")" : ""));
            err.flush();
        }
    }

    @Override
    public synchronized void stage(String name, long millis) {
        lastStage = name;
        if (terminal) {
            show();
        } else {
            err.println("Done: " + name + " (" + millis + " ms)");
            err.flush();
        }
    }

    @Override
    public synchronized void cached(String key) {
        cached++;
        if (terminal) {
            show();
        } else {
            err.println("Cached PDF: " + key + " (unchanged since it was printed)");
            err.flush();
        }
    }

    /** Clears the status line, so that what the command prints next starts on a clean line. */
    synchronized void finish() {
        if (terminal && shown) {
            err.print("\r" + ERASE);
            err.flush();
        }
    }

    /** The status line as it stands, e.g. "[4.2 s] print packs done · PDFs 3 of 8 printed (412 pages) · 4 cached". */
    synchronized String status() {
        StringBuilder line = new StringBuilder(String.format("[%.1f s] ", (System.nanoTime() - started) / 1e9));
        line.append(lastStage == null ? "loading the content" : lastStage + " done");
        if (toPrint > 0) {
            line.append(" · PDFs ").append(printed).append(" of ").append(toPrint).append(" printed (").append(pages)
                    .append(pages == 1 ? " page)" : " pages)");
        }
        if (cached > 0) {
            line.append(" · ").append(cached).append(" cached");
        }
        return line.length() > WIDTH ? line.substring(0, WIDTH - 1) + "…" : line.toString();
    }

    private void show() {
        err.print("\r" + status() + ERASE);
        err.flush();
        shown = true;
    }
}

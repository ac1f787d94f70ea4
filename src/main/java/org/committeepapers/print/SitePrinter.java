package org.committeepapers.print;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.model.DateOrText;

/** Prints every paper's PDF, several at once (one renderer per thread), in a repeatable way. */
public final class SitePrinter {
    private final PdfPrinter printer;
    private final int jobs;

    /** @param jobs how many PDFs to render at once; at most the number of processors is useful */
    public SitePrinter(PdfPrinter printer, int jobs) {
        this.printer = printer;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * One document to print: {@code anchors}, when given, picks the ids whose pages are wanted (see
     * {@link PdfPrinter#print(String, Calendar, java.util.regex.Pattern)}).
     */
    public record Job(String key, String html, Calendar created, java.util.regex.Pattern anchors) {
    }

    /** A PDF for each entry of {@code htmlByPaper}, keyed the same way, in the same order. */
    public Map<String, byte[]> printAll(Map<String, String> htmlByPaper, Map<String, Calendar> created) {
        List<Job> all = new java.util.ArrayList<>();
        htmlByPaper.forEach((key, html) -> all.add(new Job(key, html, created.get(key), null)));
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        start(all).awaitAll().forEach((key, printed) -> pdfs.put(key, printed.pdf()));
        return pdfs;
    }

    /**
     * Starts printing in the background, in the order given, so the caller can do other work (render the web
     * pages) meanwhile and collect each document when it needs it.
     */
    public Printing start(List<Job> documents) {
        return start(documents, (key, done, total) -> { });
    }

    /**
     * Told as each document is printed: which one, how many are done, and how many there are in all; and,
     * for a progress display, the page count of each, each stage of the run as it ends, and each document
     * taken from the cache instead of being printed.
     */
    public interface Progress {
        void printed(String key, int done, int total);

        /** As {@link #printed(String, int, int)}, with the document's page count. */
        default void printed(String key, int done, int total, int pages) {
            printed(key, done, total);
        }

        /** A stage of the run ({@code "load"}, {@code "compute"}, …) has ended after {@code millis}. */
        default void stage(String name, long millis) {
        }

        /** A document came from the cache, unchanged, instead of being printed. */
        default void cached(String key) {
        }
    }

    /** As {@link #start(List)}, telling {@code progress} (from the printing threads) as each one is done. */
    public Printing start(List<Job> documents, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, documents.size())), r -> {
            Thread thread = new Thread(r, "pdf-renderer");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Future<PdfPrinter.Printed>> pending = new LinkedHashMap<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        for (Job job : documents) {
            pending.put(job.key(), pool.submit(() -> {
                PdfPrinter.Printed printed = printer.print(job.html(), job.created(), job.anchors());
                progress.printed(job.key(), done.incrementAndGet(), documents.size(), printed.pageCount());
                return printed;
            }));
        }
        pool.shutdown();
        return new Printing(pending, pool);
    }

    /** Documents being printed. */
    public static final class Printing {
        private final Map<String, Future<PdfPrinter.Printed>> pending;
        private final ExecutorService pool;

        private Printing(Map<String, Future<PdfPrinter.Printed>> pending, ExecutorService pool) {
            this.pending = pending;
            this.pool = pool;
        }

        /** Waits for one document; on failure the others are cancelled. */
        public PdfPrinter.Printed await(String key) {
            try {
                return SitePrinter.await(key, pending.get(key));
            } catch (PrintFailure e) {
                pool.shutdownNow();
                throw e;
            }
        }

        /** Waits for every document; the first failure is thrown once the others are cancelled. */
        public Map<String, PdfPrinter.Printed> awaitAll() {
            try {
                Map<String, PdfPrinter.Printed> printed = new LinkedHashMap<>();
                for (Map.Entry<String, Future<PdfPrinter.Printed>> entry : pending.entrySet()) {
                    printed.put(entry.getKey(), SitePrinter.await(entry.getKey(), entry.getValue()));
                }
                return printed;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static PdfPrinter.Printed await(String paper, Future<PdfPrinter.Printed> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new PrintFailure("paper " + paper + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintFailure("paper " + paper + ": interrupted");
        }
    }

    /**
     * When the document counts as made: {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds
     * convention), else midnight UTC of the latest date written in the paper's proposals, so the same sources
     * always give the same bytes.
     */
    public static Calendar creationDate(LocalDate date, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            return PdfPrinter.utc(Long.parseLong(sourceDateEpoch.strip()));
        }
        return PdfPrinter.utc(date.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }

    /** As {@link #creationDate(LocalDate, String)}, dated by the latest date in the paper's cases. */
    public static Calendar creationDate(ComputedPaper paper, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            return PdfPrinter.utc(Long.parseLong(sourceDateEpoch.strip()));
        }
        List<LocalDate> dates = paper.proposals().stream().map(p -> p.proposal().date()).filter(Objects::nonNull)
                .map(DateOrText::date).filter(Objects::nonNull).toList();
        LocalDate latest = dates.stream().max(LocalDate::compareTo).orElse(paper.paper().meetingDate());
        return PdfPrinter.utc(latest.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }
}

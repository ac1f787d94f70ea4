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

    /** A PDF for each entry of {@code htmlByPaper}, keyed the same way, in the same order. */
    public Map<String, byte[]> printAll(Map<String, String> htmlByPaper, Map<String, Calendar> created) {
        return start(htmlByPaper, created).await();
    }

    /**
     * Starts printing in the background, so the caller can do other work (render the web pages) meanwhile.
     */
    public Printing start(Map<String, String> htmlByPaper, Map<String, Calendar> created) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, htmlByPaper.size())), r -> {
            Thread thread = new Thread(r, "pdf-renderer");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Future<byte[]>> pending = new LinkedHashMap<>();
        htmlByPaper.forEach((paper, html) -> pending.put(paper, pool.submit(() -> printer.print(html, created.get(paper)))));
        pool.shutdown();
        return new Printing(pending, pool);
    }

    /** PDFs being printed. */
    public static final class Printing {
        private final Map<String, Future<byte[]>> pending;
        private final ExecutorService pool;

        private Printing(Map<String, Future<byte[]>> pending, ExecutorService pool) {
            this.pending = pending;
            this.pool = pool;
        }

        /** Waits for every PDF; the first failure is thrown once the others are cancelled. */
        public Map<String, byte[]> await() {
            try {
                Map<String, byte[]> pdfs = new LinkedHashMap<>();
                for (Map.Entry<String, Future<byte[]>> entry : pending.entrySet()) {
                    pdfs.put(entry.getKey(), SitePrinter.await(entry.getKey(), entry.getValue()));
                }
                return pdfs;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static byte[] await(String paper, Future<byte[]> future) {
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

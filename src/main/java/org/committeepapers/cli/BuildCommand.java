package org.committeepapers.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import org.committeepapers.Pipeline;
import org.committeepapers.UpToDate;
import org.committeepapers.print.PrintFailure;
import org.committeepapers.problem.ContentException;
import org.committeepapers.publish.BuildReport;
import org.committeepapers.publish.FileTrees;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.publish.PublishLock;
import org.committeepapers.publish.SitemapAndFeed;
import org.committeepapers.publish.SitePublisher;
import org.committeepapers.render.TemplateEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers build}: checks, renders and publishes the site, or changes nothing at all. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content. On any error the existing output is left as it was.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Paths paths;

    @CommandLine.Mixin
    Messages messages;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to publish into, replaced as a whole (default: site, or site-members for --audience members).")
    Path out;

    /** Who the build is for: the public (exempt information left out) or members (included, every page marked). */
    enum Audience {
        @SuppressWarnings("unused") PUBLIC, MEMBERS;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "public", converter = AudienceConverter.class,
            description = "public (default): exempt information replaced by its notice; members: included, every "
                    + "page marked EXEMPT – NOT FOR PUBLICATION, into its own folder and cache.")
    Audience audience;

    static final class AudienceConverter implements CommandLine.ITypeConverter<Audience> {
        @Override
        public Audience convert(String value) {
            for (Audience a : Audience.values()) {
                if (a.toString().equals(value.toLowerCase(java.util.Locale.ROOT))) {
                    return a;
                }
            }
            throw new CommandLine.TypeConversionException("expected public or members, but found '" + value + "'");
        }
    }

    @Option(names = "--jobs", paramLabel = "N", description = "PDFs to print at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--strict", description = "Treat warnings as errors, e.g. for the nightly build.")
    boolean strict;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public address, e.g. https://papers.example.gov.uk/; adds sitemap.xml and feed.xml.")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where finished papers are kept for reuse (default: .papers-cache beside the output folder).")
    Path cache;

    @Option(names = "--clean", description = "Rebuild everything, ignoring what is cached.")
    boolean clean;

    /** How long a build waits for another build of the same output before stopping. */
    private static final java.time.Duration LOCK_PATIENCE = java.time.Duration.ofSeconds(2);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s]+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must be an http(s) address, e.g. "
                    + "https://papers.example.gov.uk/");
        }
        boolean members = audience == Audience.MEMBERS;
        if (out == null) {
            out = Path.of(members ? "site-members" : "site");
        }
        Messages say = messages.start(spec);
        // One build at a time per output: held from the start, so two builds never interleave their writes.
        try (PublishLock lock = PublishLock.acquire(out, LOCK_PATIENCE)) {
            return build(say, started, members);
        } catch (PublishLock.Busy e) {
            say.error("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            say.error("error: cannot write " + out + ": " + e.getMessage()
                    + "\nThe previously published site was left as it was.");
            return 1;
        }
    }

    /**
     * The options as given, but for those that cannot change what is published (how many jobs, where the
     * cache is, how much is said): part of what makes the published site {@linkplain UpToDate up to date}.
     */
    private List<String> outputSettings() {
        List<String> settings = new ArrayList<>();
        for (CommandLine.Model.OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (!NOT_IN_OUTPUT.contains(option.longestName())) {
                settings.add(option.longestName() + "=" + option.getValue());
            }
        }
        settings.sort(null);
        return settings;
    }

    private static final java.util.Set<String> NOT_IN_OUTPUT = java.util.Set.of("--jobs", "--cache", "--quiet", "--content", "--templates", "--out",
            "--verbose", "--clean");

    private void sayDrafts(Messages say) {
        java.util.Set<String> drafts = org.committeepapers.load.ContentLoader.drafts(paths.content);
        if (!drafts.isEmpty()) {
            say.info("Left out " + drafts.size() + " draft paper(s) (draft: true in paper.yaml): "
                    + String.join(", ", drafts) + ".");
        }
    }

    private int build(Messages say, long started, boolean members) {
        try {
            int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
            Path cacheDir = cache != null ? cache : out.toAbsolutePath().normalize().resolveSibling(members ? ".papers-cache-members" : ".papers-cache");
            SitePublisher publisher = new SitePublisher(out, SitePublisher.Checkpoint.NONE);
            publisher.recover();
            OutputCache outputCache = new OutputCache(cacheDir);
            if (clean) {
                FileTrees.deleteTree(cacheDir);
            } else {
                outputCache.removeStale();
            }
            // Nothing changed since the last build: the content is still read and checked, and nothing is made.
            UpToDate stamp = UpToDate.of(paths.content, paths.templates, out, cacheDir, outputSettings());
            boolean upToDate = !clean && stamp.holds();
            BuildProgress progress = say.progress();
            Pipeline.Result result;
            try {
                result = Pipeline.run(Pipeline.Options.of(paths.content, paths.templates,
                        upToDate ? Pipeline.Output.COMPUTE : Pipeline.Output.SITE)
                        .withJobs(threads).withCache(outputCache).withProgress(progress).withMembers(members)
                        .withStrict(strict));
            } finally {
                progress.finish();
            }
            boolean warningsFail = strict && !result.warnings().isEmpty();
            say.problems(result.warnings(), warningsFail);
            say.notes(result.site().corrections());
            if (warningsFail) {
                say.error(result.warnings().size() + " warning(s), which --strict treats as errors; nothing was written.");
                return 1;
            }
            if (upToDate) {
                say.stages(result.millis());
                sayDrafts(say);
                say.info(String.format(Locale.ROOT, "Up to date: nothing changed since %s was built (%d paper(s), "
                        + "%d meeting(s) and %d pack(s)); checked in %.1f s, %d warning(s); --clean rebuilds it.", out,
                        result.site().papers().size(), result.site().meetings().size(), result.site().packs().size(),
                        (System.nanoTime() - started) / 1e9, result.warnings().size()));
                return 0;
            }
            java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>(result.files());
            if (baseUrl != null) {
                files.putAll(SitemapAndFeed.make(result.site(), result.files(), baseUrl));
            }
            files.put(BuildReport.FILE, BuildReport.make(result.site(), paths.content, files, result.publishable()));
            publisher.publish(files);
            stamp.published();
            say.stages(result.millis());
            if (say.verbose()) {
                say.detail("Files written to " + out + ":");
                new java.util.TreeMap<>(files).forEach((path, bytes) -> say.detail(String.format(Locale.ROOT, "  %-60s %,10d bytes", path, bytes.length)));
            }
            sayDrafts(say);
            long pages = result.files().keySet().stream().filter(f -> f.endsWith(".html")).count();
            long pdfs = result.files().keySet().stream().filter(f -> f.endsWith(".pdf")).count();
            say.info(String.format(Locale.ROOT, "Built %d web page(s) and %d PDF(s) for %d paper(s), %d meeting(s) and %d pack(s) "
                    + "into %s in %.1f s; %d warning(s); report in %s.", pages, pdfs, result.site().papers().size(),
                    result.site().meetings().size(), result.site().packs().size(), out,
                    (System.nanoTime() - started) / 1e9, result.warnings().size(), out.resolve(BuildReport.FILE)));
            return 0;
        } catch (ContentException e) {
            say.problems(e.problems(), false);
            return 1;
        } catch (PrintFailure e) {
            say.error("error: could not print a PDF: " + e.getMessage() + "\nnothing was written.");
            return 1;
        } catch (TemplateEngine.TemplateFailure e) {
            say.error("error: " + e + "\nnothing was written.");
            return 1;
        } catch (IOException e) {
            say.error("error: cannot write " + out + ": " + e.getMessage()
                    + "\nThe previously published site was left as it was.");
            return 1;
        }
    }
}

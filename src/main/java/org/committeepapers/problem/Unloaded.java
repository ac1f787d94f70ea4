package org.committeepapers.problem;

import java.util.HashSet;
import java.util.Set;

/**
 * What could not be loaded because of an error already reported: papers, their cases and committees. A later
 * reference to one of them (a meeting appending the paper, a pack listing the case, a figure of it quoted in a
 * report) is not reported again as "there is no such paper": the author fixes the cause, and the rest follows.
 * Safe to use from several threads.
 */
public final class Unloaded {
    private final Set<String> papers = new HashSet<>();
    private final Set<String> cases = new HashSet<>();
    /** Cases and tables that could not be read, by the name their figures start with. */
    private final Set<String> figureOwners = new HashSet<>();
    private final Set<String> papersWithoutYears = new HashSet<>();
    private final Set<String> papersMissingCases = new HashSet<>();
    private final Set<String> committees = new HashSet<>();
    /** Papers marked draft: true, left out of this build on purpose (not broken). */
    private final Set<String> drafts = new HashSet<>();

    /** The paper folder {@code slug} exists but could not be read (its error is reported). */
    public synchronized void paper(String slug) {
        papers.add(slug);
    }

    /** The case {@code slug}, listed in or found in the paper {@code paper}, could not be read. */
    public synchronized void proposal(String paper, String slug) {
        cases.add(paper + "/" + slug);
        figureOwners.add(slug);
        papersMissingCases.add(paper);
    }

    /** The table {@code id} could not be read (its columns are wrong), so its figures do not exist. */
    public synchronized void table(String id) {
        figureOwners.add(id);
    }

    /** The paper {@code slug}'s years are wrong (reported), so its cases' years cannot be checked. */
    public synchronized void yearsOf(String slug) {
        papersWithoutYears.add(slug);
    }

    public synchronized boolean isTable(String id) {
        return figureOwners.contains(id);
    }

    public synchronized boolean isMissingYears(String slug) {
        return papersWithoutYears.contains(slug);
    }

    /** The paper {@code slug} is marked {@code draft: true}, so this build leaves it out. */
    public synchronized void draft(String slug) {
        drafts.add(slug);
    }

    /**
     * The draft paper left out of this build that the figure {@code name} (e.g. {@code paper.summary.total})
     * belongs to, if any: such a figure is missing because the paper is not published yet, not by a typo.
     */
    public synchronized java.util.Optional<String> draftOwning(String name) {
        int dot = name.indexOf('.');
        return dot > 0 && drafts.contains(name.substring(0, dot)) ? java.util.Optional.of(name.substring(0, dot))
                : java.util.Optional.empty();
    }

    /** The committee {@code id} is in site.yaml but could not be read. */
    public synchronized void committee(String id) {
        committees.add(id);
    }

    public synchronized boolean isPaper(String slug) {
        return papers.contains(slug);
    }

    public synchronized boolean isProposal(String paper, String slug) {
        return papers.contains(paper) || cases.contains(paper + "/" + slug);
    }

    /** True when some case of {@code paper} could not be read, so its totals lack that case. */
    public synchronized boolean isMissingCases(String paper) {
        return papersMissingCases.contains(paper);
    }

    public synchronized boolean isCommittee(String id) {
        return committees.contains(id);
    }

    /**
     * True when the figure {@code name} (e.g. {@code paper.summary.total}, {@code case.finance.total}) belongs
     * to a paper or case that could not be read, so that it is missing because of that error, not a typo.
     */
    public synchronized boolean ownsFigure(String name) {
        String[] parts = name.split("\\.");
        return parts.length > 1 && (papers.contains(parts[0]) || figureOwners.contains(parts[0])
                || parts.length > 2 && cases.contains(parts[0] + "/" + parts[1]));
    }
}

package org.committeepapers.model;

import java.math.BigDecimal;
import java.util.List;

/** The format-specific fields of a proposal, one record per {@link ProposalFormat}. */
public sealed interface Header {

    /** The 2023-24 business case (seed 000). */
    record BusinessCase2024(String proposalTitle, Ambitions ambitions, String directorate, String service,
            String type, String recurrence, String version, String eqia, DateOrText startDate, String capitalLink,
            List<FinanceLine> finance, List<Benefit> benefits, Impacts impacts) implements Header {
    }

    /**
     * The 2021-22 business case (seed 002).
     *
     * @param headerTables ids of tables printed in the header, before question 1
     */
    record BusinessCase2022(String banner, String committee, List<Headline> headlines, String briefDescription,
            String bpReference, String businessLeads, List<String> headerTables) implements Header {
    }

    /** The 2018-19 project brief (seed 001); {@code saving} is in £000, negative for a saving. */
    record ProjectBrief2018(String projectTitle, BigDecimal saving, String bpReference, String briefDescription,
            String seniorResponsibleOfficer, List<String> dependencies, List<String> risks) implements Header {
    }

    /** A savings schedule (seed 004): everything is in its tables and text. */
    record SavingsSchedule() implements Header {
    }
}

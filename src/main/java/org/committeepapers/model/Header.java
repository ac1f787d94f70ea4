package org.committeepapers.model;

import java.math.BigDecimal;
import java.util.List;

/** The format-specific fields of a proposal, one record per {@link ProposalFormat}. */
public sealed interface Header {

    /** Every prose field of the header, in which figures may be written. */
    default List<Text> texts() {
        java.util.ArrayList<Text> all = new java.util.ArrayList<>();
        if (this instanceof BusinessCase2024 bc) {
            bc.benefits().forEach(b -> {
                all.add(b.benefit());
                all.add(b.measurement());
            });
            if (bc.impacts() != null) {
                all.addAll(java.util.Arrays.asList(bc.impacts().environmental(), bc.impacts().social(),
                        bc.impacts().health()));
            }
        } else if (this instanceof BusinessCase2022 bc) {
            bc.headlines().forEach(h -> all.add(h.label()));
            all.add(bc.briefDescription());
            all.add(bc.businessLeads());
        } else if (this instanceof ProjectBrief2018 brief) {
            all.add(brief.briefDescription());
            all.addAll(brief.dependencies());
            all.addAll(brief.risks());
        }
        all.removeIf(java.util.Objects::isNull);
        return all;
    }

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
    record BusinessCase2022(String banner, String committee, List<Headline> headlines, Text briefDescription,
            String bpReference, Text businessLeads, List<String> headerTables) implements Header {
    }

    /** The 2018-19 project brief (seed 001); {@code saving} is in £000, negative for a saving. */
    record ProjectBrief2018(String projectTitle, BigDecimal saving, String bpReference, Text briefDescription,
            String seniorResponsibleOfficer, List<Text> dependencies, List<Text> risks) implements Header {
    }

    /** A savings schedule (seed 004): everything is in its tables and text. */
    record SavingsSchedule() implements Header {
    }
}

package org.committeepapers.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The business-case templates councils have used, chosen with {@code template:} in a proposal's front matter.
 * A format fixes the header fields and, for the question-led formats, the sections and their wording; every
 * format shares one look.
 */
public enum ProposalFormat {
    /** 2023-24 template (seed 000): title block, summary, BP-format finance table, benefits and impacts. */
    BUSINESS_CASE_2024("business-case-2024", List.of()),
    /** 2021-22 "Business Planning: Business Case" (seed 002): header, headline amounts, eight questions. */
    BUSINESS_CASE_2022("business-case-2022", List.of(
            new Section("1", null, "1. Please describe what the proposed outcomes are:", true),
            new Section("2", null, "2. What evidence has been used to support this work, how does this link to any "
                    + "existing strategies/policies?", true),
            new Section("3", null, "3. Has an options and feasibility study been undertaken? Please explain what "
                    + "options have been considered.", true),
            new Section("4", null, "4. What are the next steps/ actions the Council should take to pursue it? "
                    + "Please include timescales.", true),
            new Section("5", null, "5. Could this have any effects on people with Protected Characteristics including "
                    + "poverty and rural isolation? If so, please provide as much detail as possible.", true),
            new Section("6", null, "6. What financial and non-financial benefits are there and how will you measure the "
                    + "performance of these? Are there any dis-benefits? These MUST include how this will benefit the "
                    + "wider internal and external system.", true),
            new Section("7", null, "7. Are there any identified risks which may impact on the potential delivery of "
                    + "this? What is the risk if we do not act?", true),
            new Section("8", null, "8. Scope: What is within scope? What is outside of scope?", true))),
    /** 2018-19 project brief (seed 001): Project Overview, then fixed sections in a fixed order. */
    PROJECT_BRIEF_2018("project-brief-2018", List.of(
            new Section("why", "Background", "Why do we need to undertake this project?", true),
            new Section("consequences", "Background", "What would happen if we did not complete this project?", true),
            new Section("aims", "Approach", "Aims / Objectives", true),
            new Section("overview", "Approach", "Project Overview - What are we doing", true),
            new Section("assumptions", "Approach", "What assumptions have you made?", true),
            new Section("constraints", "Approach", "What constraints does the project face?", true),
            new Section("options", "Delivery Options", "Has an options and feasibility study been undertaken?", false),
            new Section("in-scope", "Scope / Interdependencies", "What is within scope?", true),
            new Section("out-of-scope", "Scope / Interdependencies", "What is outside of scope?", false),
            new Section("costs", "Cost and Savings", "Cost and Savings", false),
            new Section("non-financial-benefits", "Non Financial Benefits", "Non Financial Benefits Summary", false),
            new Section("who-affected", "Community Impact Assessment", "Who will be affected by this proposal?", true),
            new Section("positive-impacts", "Community Impact Assessment",
                    "What positive impacts are anticipated from this proposal?", true),
            new Section("negative-impacts", "Community Impact Assessment",
                    "What negative impacts are anticipated from this proposal?", true),
            new Section("neutral-impacts", "Community Impact Assessment", "Are there other impacts which are more neutral?",
                    false),
            new Section("disproportionate-impacts", "Community Impact Assessment", "Details of Disproportionate Impacts on "
                    + "protected characteristics and how these will be addressed", true))),
    /** A savings schedule (seed 004): a grouped table with subtotals and free text around it. */
    SAVINGS_SCHEDULE("savings-schedule", List.of());

    /**
     * A fixed section: the author writes its answer under a level-1 heading that is just {@code key}.
     *
     * @param group    a heading printed above a run of sections, or null
     * @param question the fixed wording printed as the section's heading
     */
    public record Section(String key, String group, String question, boolean required) {
    }

    private final String sourceName;
    private final List<Section> sections;

    ProposalFormat(String sourceName, List<Section> sections) {
        this.sourceName = sourceName;
        this.sections = sections;
    }

    public String sourceName() {
        return sourceName;
    }

    /** The fixed sections, in order; empty for formats whose text is free. */
    public List<Section> sections() {
        return sections;
    }

    public static Optional<ProposalFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.sourceName.equalsIgnoreCase(name.strip())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ProposalFormat::sourceName).toList();
    }
}

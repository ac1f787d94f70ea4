package org.committeepapers.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.committeepapers.Cli;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question-led format and the table features it needs, on a small paper written here. */
class FormatsTest {
    static final String PAPER = "papers/test-2022/";
    static final String CASE = PAPER + "direct-payments.md";

    static final String PAPER_YAML = """
            title: Temporary Funding Proposals
            committee: adults-and-health
            meeting_date: 2021-11-15
            appendix: Appendix 2c
            summary: { caption: Summary, total: Total, group_by: category }
            proposals: [direct-payments]
            """;

    static final String CASE_TEXT = """
            ---
            template: business-case-2022
            title: Expansion of Direct Payments and Individual Service Funds
            short_title: Expansion of Direct Payments
            category: Investment
            banner: Investment / savings
            committee: Adults & Health Committee
            headlines:
              - { label: 2022-23 Investment Request, figure: dp.required.2022-23, format: £k, round: nearest }
            brief_description: Expand direct payments.
            date: 2021-09-15
            bp_reference: N/A
            business_leads: Director, People & Communities
            header_tables: [dp]
            amount: { figure: dp.required.2022-23, round: nearest }
            expect:
              dp.total-cost.2024-25: 251.45
            tables:
              dp:
                caption: Investment required after clawbacks
                format: { decimals: 3 }
                columns:
                  - { key: item, label: Item }
                  - { key: 2022-23, type: money }
                  - { key: 2023-24, type: money }
                  - { key: 2024-25, type: money }
                  - { key: 2025-26, type: money }
                rows:
                  - { id: staff, cells: [Staff, 205, 0, 0, 0] }
                  - { id: systems, cells: [Systems, 4.45, 4.45, 4.45, 4.45] }
                  - { id: fund, cells: [Fund, 150, 150, 150, 150] }
                  - { id: support, cells: [Support, 97, 97, 97, 97] }
                  - { id: required, label: Investment Required, derive: total-cost - clawbacks }
                  - { id: total-cost, label: TOTAL COST, derive: staff + systems + fund + support }
                  - { id: clawbacks, cells: [Direct Payment Clawbacks, 234.117, 257.529, 283.281, 311.610] }
              pivot:
                caption: Clawbacks by quarter
                units: £
                row_total: Grand Total
                columns:
                  - { key: year, label: Year }
                  - { key: q1, label: Q1, type: money }
                  - { key: q2, label: Q2, type: money }
                rows:
                  - [2017-18, 100, 200]
                  - [2018-19, 300, 400]
                total: Total
              growth:
                caption: Clawbacks modelled at 10% growth a year
                format: { decimals: 3, round: nearest }
                columns:
                  - { key: item, label: Item }
                  - { key: 2022-23, type: money }
                  - { key: 2023-24, type: money }
                  - { key: 2024-25, type: money }
                  - { key: 2025-26, type: money }
                rows:
                  - { label: Modelled clawbacks, start: 234.117, derive: previous * 1.1 }
              risks:
                caption: Risks
                columns:
                  - { key: risk, label: Risk }
                  - { key: rag, label: RAG, type: rag }
                rows:
                  - [Demand rises, amber]
            ---
            # 1
            Outcomes. The request is {{ dp.required.2022-23 | £k }}.

            # 2
            Evidence.

            # 3
            Options.

            ## Timetable

            {{ table pivot }}

            # 4
            Next steps.

            # 5
            Effects.

            # 6
            Benefits.

            {{ table growth }}

            # 7
            Risks.

            {{ table risks }}

            # 8
            Scope.
            """;

    @TempDir
    Path temp;
    TestContent content;

    /**
     * The paper's page from one whole-site build, shared by the tests that only read it: a build prints every
     * PDF of the shipped content, so building it once per class, not once per test, saves most of this class's time.
     */
    private static String page;

    @BeforeEach
    void write() {
        content = withThePaper(TestContent.copyOfShipped(temp));
    }

    private static TestContent withThePaper(TestContent content) {
        return content.write(PAPER + "paper.yaml", PAPER_YAML).write(CASE, CASE_TEXT);
    }

    private static synchronized Document page() throws Exception {
        if (page == null) {
            Path folder = java.nio.file.Files.createTempDirectory("formats-");
            try {
                TestContent unchanged = withThePaper(TestContent.copyOfShipped(folder));
                Pipeline.Result result = Pipeline.run(
                        Pipeline.Options.of(unchanged.root(), Path.of("templates"), Pipeline.Output.SITE));
                page = new String(result.files().get("test-2022/index.html"), StandardCharsets.UTF_8);
            } finally {
                org.committeepapers.publish.FileTrees.deleteTree(folder);
            }
        }
        return Jsoup.parse(page);
    }

    private String errors() {
        Cli check = Cli.run("check", "--content", content.root().toString());
        assertEquals(1, check.exitCode(), check.all());
        return check.err();
    }

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), "expected\n  " + needle + "\nin\n" + haystack);
    }

    @Test
    void derivedRowsInAnyOrderGiveTheCorrectedInvestmentRequired() throws Exception {
        Element table = page().getElementById("direct-payments-dp");
        Element required = table.select("tr.derived").stream().filter(r -> r.text().startsWith("Investment Required"))
                .findFirst().orElseThrow();
        assertEquals(List.of("222.333", "\u22126.079", "\u221231.831", "\u221260.160"), required.select("td.num").eachText());
    }

    @Test
    void growthAtARateFromAStartingFigure() throws Exception {
        Element growth = page().getElementById("direct-payments-growth");
        assertEquals(List.of("234.117", "257.529", "283.282", "311.610"), growth.selectFirst("tr.derived").select("td.num").eachText());
    }

    @Test
    void headlineStatesItsRoundingRule() throws Exception {
        Element headlines = page().selectFirst("table.headlines tbody");
        assertEquals("2022-23 Investment Request £222k (rounded to the nearest £1,000)", headlines.text());
    }

    @Test
    void fixedQuestionsRowTotalsRagAndGroupedSummary() throws Exception {
        Document page = page();
        List<String> questions = page.select("h3.question").eachText();
        assertEquals(8, questions.size());
        assertTrue(questions.get(0).startsWith("1. Please describe what the proposed outcomes are"), questions.get(0));
        Element pivot = page.getElementById("direct-payments-pivot");
        assertEquals(List.of("100", "200", "300"), pivot.select("tbody tr").get(0).select("td.num").eachText());
        assertEquals(List.of("400", "600", "1,000"), pivot.selectFirst("tr.total").select("td.num").eachText());
        assertEquals("Amber", page.getElementById("direct-payments-risks").select("tbody td").last().text());
        Element summary = page.getElementById("summary");
        assertEquals("Investment", summary.selectFirst("tr.heading").text());
        assertEquals("222", summary.selectFirst("tr.subtotal td.num").text());
        assertContains(page.text(), "The request is £222k.");
    }

    @Test
    void unknownTemplate() {
        content.replace(CASE, "template: business-case-2022", "template: bussiness-case-2022");
        String err = errors();
        assertContains(err, "there is no template called 'bussiness-case-2022'");
        assertContains(err, "did you mean 'business-case-2022'?");
    }

    @Test
    void wrongQuestionNumbering() {
        content.replace(CASE, "# 3\nOptions.", "# 4\nOptions.");
        String err = errors();
        assertContains(err, "the section '4' is given twice");
        assertContains(err, "the required section '3' (3. Has an options and feasibility study been undertaken?");
    }

    @Test
    void questionsOutOfOrder() {
        content.replace(CASE, "# 2\nEvidence.\n\n# 3\nOptions.", "# 3\nOptions.\n\n# 2\nEvidence.");
        assertContains(errors(), "the section '2' is out of order: it must come before '3'");
    }

    @Test
    void unknownRowInAFormula() {
        content.replace(CASE, "derive: staff + systems + fund + support", "derive: staff + sytems + fund + support");
        String err = errors();
        assertContains(err, "there is no figure called 'sytems'");
        assertContains(err, "did you mean 'systems'?");
    }

    @Test
    void circleBetweenDerivedRows() {
        content.replace(CASE, "derive: staff + systems + fund + support", "derive: staff + required");
        assertContains(errors(), "refer to each other in a circle");
    }

    @Test
    void divisionByZero() {
        content.replace(CASE, "derive: total-cost - clawbacks", "derive: total-cost / (clawbacks - clawbacks)");
        assertContains(errors(), "division by zero");
    }

    @Test
    void roundingRuleNotStated() {
        content.replace(CASE, "format: £k, round: nearest }", "format: £k }");
        content.replace(CASE, "amount: { figure: dp.required.2022-23, round: nearest }", "amount: dp.required.2022-23");
        String err = errors();
        assertContains(err, "shows 222.333 £000 as £k, which drops digits, but no rounding rule is stated");
    }

    @Test
    void tableDecimalsNeedARoundingRuleWhenTheyDropDigits() {
        content.replace(CASE, "format: { decimals: 3 }", "format: { decimals: 2 }");
        String err = errors();
        assertContains(err, "the table 'dp' prints 2 decimal(s), but ");
        assertContains(err, " has more, and no rounding rule is stated");
    }
}

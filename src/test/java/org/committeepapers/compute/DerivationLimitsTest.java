package org.committeepapers.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.committeepapers.load.ExpressionParser;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.ProblemPrinter;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chains of 20,000 derived rows (too large for a corpus file) used to overflow the stack: their order is
 * now found without recursion, and a chain over 200 long is one located error. The timeout only guards
 * against a hang; speed is measured by the benchmarks.
 */
@Timeout(60)
class DerivationLimitsTest {
    private static final int ROWS = 20_000;
    private final SourceFile file = SourceFile.of(Path.of("x.md"), "");
    private final Problems problems = new Problems();

    private Table table(boolean forward) {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.DataRow(file.at(1, 1), "base", List.of(new Table.Cell("Base", null),
                new Table.Cell(null, new BigDecimal("10"))), false));
        for (int k = 1; k <= ROWS; k++) {
            String uses = forward ? (k == ROWS ? "base" : "r" + (k + 1)) : (k == 1 ? "base" : "r" + (k - 1));
            rows.add(new Table.DerivedRow(file.at(k + 1, 1), "r" + k, "Step " + k,
                    ExpressionParser.parse(uses + " + 1", file.at(k + 1, 20), problems).orElseThrow(), null));
        }
        List<Table.Column> columns = List.of(new Table.Column("item", "Item", Table.ColumnType.TEXT, null, null, null),
                new Table.Column("amount", "Amount", Table.ColumnType.MONEY, null, null, null));
        return new Table("chain", file.at(1, 1), org.committeepapers.model.Text.literal("A chain"), Unit.THOUSANDS, columns,
                List.of(new Table.Group(file.at(1, 1), null, null, null, rows)), null, null, Table.TableFormat.SITE);
    }

    @Test
    void aChainOfTwentyThousandRowsEachUsingTheNextIsOneLocatedError() {
        Figures figures = new Figures();
        TableCalculator.compute(table(true), figures, problems);
        String printed = ProblemPrinter.format(problems.sorted());
        assertEquals(1, problems.errorCount(), printed);
        assertTrue(printed.contains("x.md:" + (ROWS - 200 + 1) + ":1: error: the derived row 'r" + (ROWS - 200)
                + "' is built on a chain of more than 200 derived rows"), printed);
        assertEquals(0, new BigDecimal("210").compareTo(figures.get("chain.r" + (ROWS - 199) + ".amount").orElseThrow().value()));
    }

    @Test
    void aChainOfTwentyThousandRowsEachUsingTheLastIsOneLocatedError() {
        Figures figures = new Figures();
        TableCalculator.compute(table(false), figures, problems);
        String printed = ProblemPrinter.format(problems.sorted());
        assertEquals(1, problems.errorCount(), printed);
        assertTrue(printed.contains("x.md:202:1: error: the derived row 'r201' is built on a chain of more than 200"), printed);
        assertEquals(0, new BigDecimal("210").compareTo(figures.get("chain.r200.amount").orElseThrow().value()));
        assertTrue(figures.isEmpty("chain.r" + ROWS + ".amount"));
    }
}

package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FormatPolicy;
import org.committeepapers.model.NegativeStyle;
import org.committeepapers.model.Unit;
import org.committeepapers.model.YearStyle;
import org.committeepapers.print.SitePrinter;
import org.committeepapers.render.NumberFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site is the same whatever the computer's language: a council's laptop set to Arabic, Thai (with Thai
 * digits) or German must print "2024-25", "1,104" and "22 September 2023" exactly as an English one does.
 * Each check renders under en-GB, then under every other default locale, and compares.
 *
 * <p>The whole suite runs this class only in a JVM of its own, started in ar-SA (see pom.xml), so what is
 * fixed at start-up (static formatters, caches) is checked too, and no other class runs while the default
 * locale changes; the JVM's own default is one more locale compared. Run alone ({@code -Dtest=}), it runs in the
 * usual JVM.
 */
@org.junit.jupiter.api.parallel.Isolated // it changes the JVM's default locale
class LocaleIndependenceTest {
    private static final Locale BASELINE = Locale.forLanguageTag("en-GB");
    private static final List<Locale> OTHERS = List.of(Locale.forLanguageTag("ar-SA"),
            Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("th-TH-u-ca-buddhist"),
            Locale.forLanguageTag("de-DE"), Locale.US);
    private static Locale original;

    @BeforeAll
    static void remember() {
        original = Locale.getDefault();
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(original);
    }

    /** Something printed under a default locale. */
    interface Printing {
        String print() throws Exception;
    }

    private static void sameEverywhere(String what, Printing printing) throws Exception {
        Locale.setDefault(BASELINE);
        String expected = printing.print();
        List<Locale> locales = new java.util.ArrayList<>(OTHERS);
        locales.add(original);
        for (Locale locale : locales) {
            Locale.setDefault(locale);
            try {
                assertEquals(expected, printing.print(), what + " under " + locale.toLanguageTag());
            } finally {
                Locale.setDefault(BASELINE);
            }
        }
    }

    @Test
    void figuresPrintTheSame() throws Exception {
        sameEverywhere("figures", () -> {
            NumberFormatter numbers = new NumberFormatter(FormatPolicy.DEFAULT);
            NumberFormatter brackets = new NumberFormatter(new FormatPolicy(",", NegativeStyle.BRACKETS, "-", YearStyle.SLASH));
            return String.join("|", numbers.cell(new BigDecimal("-1104287")), numbers.cell(new BigDecimal("311.610")),
                    brackets.cell(new BigDecimal("-976")),
                    numbers.prose(new Figure(new BigDecimal("2320.4"), Unit.THOUSANDS), FigureFormat.M),
                    numbers.prose(new Figure(new BigDecimal("688.549"), Unit.THOUSANDS), FigureFormat.K));
        });
    }

    @Test
    void yearsPrintTheSame() throws Exception {
        assertEquals("2024-25", printYears().split("\\|")[0], "the baseline itself");
        sameEverywhere("financial years", LocaleIndependenceTest::printYears);
    }

    private static String printYears() {
        FinancialYear year = FinancialYear.parse("2024-25").orElseThrow();
        StringBuilder out = new StringBuilder(year.key());
        for (YearStyle style : YearStyle.values()) {
            out.append('|').append(year.label(style));
        }
        return out.toString();
    }

    @Test
    void pdfDatesAreGregorian() throws Exception {
        sameEverywhere("a PDF's creation date", () -> {
            Calendar created = SitePrinter.creationDate(LocalDate.of(2023, 9, 22), null);
            return created.get(Calendar.YEAR) + "-" + created.get(Calendar.MONTH) + "-" + created.get(Calendar.DAY_OF_MONTH)
                    + " " + created.getTimeInMillis();
        });
    }

    @Test
    void theWholeSitesPagesAreTheSame() throws Exception {
        sameEverywhere("the web pages", () -> {
            Pipeline.Result preview = Pipeline.run(
                    Pipeline.Options.of(TestContent.SHIPPED, Path.of("templates"), Pipeline.Output.PREVIEW));
            Map<String, String> pages = new TreeMap<>();
            preview.files().forEach((path, bytes) -> pages.put(path, new String(bytes, StandardCharsets.UTF_8)));
            return String.join("\n\n", pages.values());
        });
    }
}

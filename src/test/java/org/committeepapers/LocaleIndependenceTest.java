package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * The site is the same whatever the computer's language: a council's laptop set to Arabic, Thai (with Thai
 * digits) or German must print "2024-25", "1,104" and "22 September 2023" exactly as an English one does.
 * Each check renders under en-GB, then under every other default locale, and compares.
 *
 * <p>The checks run in a JVM of their own, started in ar-SA ({@link #main}), so what is fixed at start-up (static
 * formatters, caches) is checked too, the JVM's own default is one more locale compared, and no other test
 * class runs in a JVM whose default locale changes: this class runs beside the others.
 */
class LocaleIndependenceTest {
    private static final Locale BASELINE = Locale.forLanguageTag("en-GB");
    private static final List<Locale> OTHERS = List.of(Locale.forLanguageTag("ar-SA"),
            Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("th-TH-u-ca-buddhist"),
            Locale.forLanguageTag("de-DE"), Locale.US);

    /** One check: its name, and what it runs (it throws when a locale prints differently). */
    private record Check(String name, CheckBody body) {
    }

    private interface CheckBody {
        void run() throws Exception;
    }

    private static final List<Check> CHECKS = List.of(new Check("figures print the same", LocaleIndependenceTest::figures),
            new Check("years print the same", LocaleIndependenceTest::years),
            new Check("PDF dates are Gregorian", LocaleIndependenceTest::pdfDates),
            new Check("the whole site's pages are the same", LocaleIndependenceTest::wholeSite));

    @Test
    void theSiteIsTheSameInEveryLocaleInAJvmStartedInArabic() throws Exception {
        Process child = new ProcessBuilder(ChildJava.java(List.of("-Duser.language=ar", "-Duser.country=SA"),
                LocaleIndependenceTest.class)).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        for (Check check : CHECKS) {
            assertTrue(out.contains("ok: " + check.name() + "\n"), check.name() + " was not checked:\n" + out);
        }
        assertTrue(out.contains("default locale at start: ar-SA\n"), out);
    }

    /** Runs every check in this JVM, which changes its default locale: a JVM of its own (see the test above). */
    public static void main(String[] args) {
        Locale original = Locale.getDefault();
        System.out.println("default locale at start: " + original.toLanguageTag());
        int failed = 0;
        for (Check check : CHECKS) {
            try {
                check.body().run();
                System.out.println("ok: " + check.name());
            } catch (Exception | AssertionError e) {
                failed++;
                System.out.println("FAILED: " + check.name() + ": " + e);
            } finally {
                Locale.setDefault(original);
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Something printed under a default locale. */
    interface Printing {
        String print() throws Exception;
    }

    private static void sameEverywhere(String what, Printing printing) throws Exception {
        Locale original = Locale.getDefault();
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
        Locale.setDefault(original);
    }

    private static void figures() throws Exception {
        sameEverywhere("figures", () -> {
            NumberFormatter numbers = new NumberFormatter(FormatPolicy.DEFAULT);
            NumberFormatter brackets = new NumberFormatter(new FormatPolicy(",", NegativeStyle.BRACKETS, "-", YearStyle.SLASH));
            return String.join("|", numbers.cell(new BigDecimal("-1104287")), numbers.cell(new BigDecimal("311.610")),
                    brackets.cell(new BigDecimal("-976")),
                    numbers.prose(new Figure(new BigDecimal("2320.4"), Unit.THOUSANDS), FigureFormat.M),
                    numbers.prose(new Figure(new BigDecimal("688.549"), Unit.THOUSANDS), FigureFormat.K));
        });
    }

    private static void years() throws Exception {
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

    private static void pdfDates() throws Exception {
        sameEverywhere("a PDF's creation date", () -> {
            Calendar created = SitePrinter.creationDate(LocalDate.of(2023, 9, 22), null);
            return created.get(Calendar.YEAR) + "-" + created.get(Calendar.MONTH) + "-" + created.get(Calendar.DAY_OF_MONTH)
                    + " " + created.getTimeInMillis();
        });
    }

    private static void wholeSite() throws Exception {
        sameEverywhere("the web pages", () -> {
            Pipeline.Result preview = Pipeline.run(
                    Pipeline.Options.of(TestContent.SHIPPED, Path.of("templates"), Pipeline.Output.PREVIEW));
            Map<String, String> pages = new TreeMap<>();
            preview.files().forEach((path, bytes) -> pages.put(path, new String(bytes, StandardCharsets.UTF_8)));
            return String.join("\n\n", pages.values());
        });
    }
}

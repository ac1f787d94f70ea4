package org.committeepapers.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sign rules of the built-in categories and finance roles, one line per case. */
class CategoryTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            Savings           ; -790 ; true
            Savings           ; 790  ; false
            Saving            ; 790  ; false
            savings           ; 0    ; true
            Income            ; -931 ; true
            Income            ; 931  ; false
            Investment        ; 500  ; true
            Investment        ; -500 ; false
            Pressure          ; 120  ; true
            Pressures         ; -120 ; false
            Invest to save    ; -976 ; true
            Invest to save    ; 3234 ; true
            Temporary funding ; 689  ; true
            Temporary funding ; -689 ; false
            """)
    void categoriesCarryTheirSign(String word, String amount, boolean allowed) {
        Category category = FigureRules.DEFAULT.category(word).orElseThrow();
        assertEquals(allowed, category.sign().allows(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Saving         ; Savings
            SAVINGS        ; Savings
            invest-to-save ; Invest to save
            Investments    ; Investment
            """)
    void aliasesNameTheCategory(String word, String name) {
        assertEquals(name, FigureRules.DEFAULT.category(word).orElseThrow().name());
    }

    @ParameterizedTest(name = "{0} row adding up to {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            SAVING     ; -480  ; true
            SAVING     ; 480   ; false
            INCOME     ; 90    ; false
            INVESTMENT ; 0     ; true
            INVESTMENT ; -10   ; false
            PRESSURE   ; 75    ; true
            FUNDING    ; -2320 ; true
            FUNDING    ; 2320  ; true
            """)
    void financeRolesCarryTheirSign(FinanceRole role, String total, boolean allowed) {
        assertEquals(allowed, role.sign().allows(new BigDecimal(total)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            TBC            ; TBC
            tbc            ; TBC
            ' To be reviewed ' ; To be reviewed
            N/A            ; n/a
            """)
    void notCostedMarkersIgnoreCase(String written, String marker) {
        assertEquals(marker, FigureRules.DEFAULT.notCostedMarker(written).orElseThrow());
    }
}

package org.committeepapers.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our printing keeps openhtmltopdf's JVM-wide log quiet only on its own thread, while it prints. */
class PrintingLogTest {
    /** CSS openhtmltopdf does not know, so it logs while laying the page out. */
    private static final String HTML = "<html lang=\"en\"><head><title>Log</title><style>body { font-family: '"
            + Fonts.FAMILY + "' } p { colour: red; frobnicate: 3 }</style></head><body><p>Text</p></body></html>";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private XRLogger before;

    @BeforeEach
    void recordTheLog() {
        before = XRLog.getLoggerImpl();
        XRLog.setLoggerImpl(new XRLogger() {
            @Override
            public void log(String where, Level level, String msg) {
                logged.add(msg);
            }

            @Override
            public void log(String where, Level level, String msg, Throwable th) {
                logged.add(msg);
            }

            @Override
            public void setLevel(String logger, Level level) {
            }

            @Override
            public boolean isLogLevelEnabled(Diagnostic diagnostic) {
                return true;
            }
        });
    }

    @AfterEach
    void restoreTheLog() {
        XRLog.setLoggerImpl(before);
    }

    @Test
    void quietWhilePrintingAndOnlyThen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRendererBuilder().withHtmlContent(HTML, null).toStream(out).run();
        assertFalse(logged.isEmpty(), "openhtmltopdf on its own logs about this page");

        logged.clear();
        new PdfPrinter("test").print(HTML, PdfPrinter.utc(0));
        assertEquals(List.of(), logged, "our printing logs nothing");

        XRLog.log(Level.WARNING, LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY);
        assertEquals(1, logged.size(), "after printing, this thread's openhtmltopdf log reaches the logger again");
        assertTrue(XRLog.getLoggerImpl() instanceof PrintingLog, "in front of the logger that was there");
    }
}

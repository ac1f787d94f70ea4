package org.committeepapers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template override that never ends is stopped by the watchdog, and the thread is left as it was. */
class TemplateLimitsTest {
    @TempDir
    Path templates;

    @Test
    void aLoopThatWritesNothingIsStoppedAfterTheTimeLimit() throws IOException {
        Files.writeString(templates.resolve("paper.ftlh"), "<#list 1..9000000000000 as i><#if i == 0>x</#if></#list>");
        TemplateEngine engine = new TemplateEngine(templates, new TemplateLimits(Duration.ofSeconds(1), 1024 * 1024));
        long started = System.nanoTime();
        TemplateEngine.TemplateFailure failure = assertThrows(TemplateEngine.TemplateFailure.class,
                () -> engine.render("paper.ftlh", Map.of()));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals("paper.ftlh", failure.template());
        assertEquals("the template ran for more than 1 seconds for one page", failure.getMessage());
        assertEquals("a loop that never ends? Compare the loops with the built-in template", failure.hint());
        assertTrue(seconds < 20, "stopped soon after the limit, not after " + seconds + " s");
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
    }

    @Test
    void aMacroIncludedFromAnotherTemplateIsStoppedToo() throws IOException {
        Files.writeString(templates.resolve("loop.ftlh"), "<#macro spin><#list 1..9000000000000 as i></#list></#macro>");
        Files.writeString(templates.resolve("paper.ftlh"), "<#import \"loop.ftlh\" as l><@l.spin/>");
        TemplateEngine engine = new TemplateEngine(templates, new TemplateLimits(Duration.ofSeconds(1), 1024 * 1024));
        assertThrows(TemplateEngine.TemplateFailure.class, () -> engine.render("paper.ftlh", Map.of()));
    }

    @Test
    void anEngineWithinItsLimitsRendersAsBefore() throws IOException {
        Files.writeString(templates.resolve("paper.ftlh"), "<#list 1..3 as i>${i}</#list>");
        TemplateEngine engine = new TemplateEngine(templates, new TemplateLimits(Duration.ofSeconds(5), 100));
        assertEquals("123", engine.render("paper.ftlh", Map.of()));
        Files.writeString(templates.resolve("paper.ftlh"), "<#list 1..300 as i>${i}</#list>");
        TemplateEngine.TemplateFailure tooMuch = assertThrows(TemplateEngine.TemplateFailure.class,
                () -> new TemplateEngine(templates, new TemplateLimits(Duration.ofSeconds(5), 100)).render("paper.ftlh", Map.of()));
        assertEquals("paper.ftlh:1:20", tooMuch.template() + ":" + tooMuch.line() + ":" + tooMuch.column());
        assertTrue(tooMuch.getMessage().startsWith("the template wrote more than"), tooMuch.getMessage());
    }
}

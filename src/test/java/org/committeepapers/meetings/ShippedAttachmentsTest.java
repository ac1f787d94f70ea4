package org.committeepapers.meetings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;

/** The shipped PDF and image are exactly what {@link ShippedAttachments} makes, and small. */
class ShippedAttachmentsTest {
    @Test
    void committedFilesAreRemadeByteForByte() throws Exception {
        if (Boolean.getBoolean("remake")) {
            ShippedAttachments.write(TestContent.SHIPPED);
        }
        byte[] plan = Files.readAllBytes(TestContent.SHIPPED.resolve(ShippedAttachments.PLAN));
        byte[] chart = Files.readAllBytes(TestContent.SHIPPED.resolve(ShippedAttachments.CHART));
        assertArrayEquals(ShippedAttachments.plan(), plan, "remake with -Dremake=true");
        assertArrayEquals(ShippedAttachments.chart(), chart, "remake with -Dremake=true");
        assertTrue(plan.length < 60_000 && chart.length < 5_000, plan.length + " and " + chart.length + " bytes");
    }
}

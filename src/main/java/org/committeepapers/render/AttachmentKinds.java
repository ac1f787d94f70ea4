package org.committeepapers.render;

import java.util.Locale;
import java.util.Map;

/** How a downloadable document is described next to its link, e.g. "Excel spreadsheet, 14 KB". */
final class AttachmentKinds {
    private static final Map<String, String> KINDS = Map.of(
            "docx", "Word document", "xlsx", "Excel spreadsheet", "pptx", "PowerPoint presentation",
            "odt", "OpenDocument text", "ods", "OpenDocument spreadsheet", "odp", "OpenDocument presentation",
            "csv", "CSV data", "txt", "Plain text");

    private AttachmentKinds() {
    }

    static String describe(String fileName, int bytes) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String size = bytes < 1024 ? bytes + " bytes" : (bytes + 512) / 1024 + " KB";
        return KINDS.getOrDefault(extension, extension.toUpperCase(Locale.ROOT) + " file") + ", " + size;
    }
}

package org.committeepapers.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens an address in the user's default browser, where there is one to open. */
final class Browser {
    private Browser() {
    }

    /** True when a browser was asked to open {@code address}; false on a machine with no desktop. */
    static boolean open(String address) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(address));
                return true;
            }
        } catch (Exception | LinkageError e) {
            // No desktop integration (e.g. a minimal JDK): fall back to the system's opener below.
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address)
                : os.contains("mac") ? List.of("open", address) : List.of("xdg-open", address);
        if (!os.contains("win") && !os.contains("mac") && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            return false;
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

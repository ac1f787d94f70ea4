package org.committeepapers.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.ObjectName;
import picocli.CommandLine;

/**
 * Writes a class-data sharing archive of the classes this run loaded, when the launcher asks for one: the
 * next start maps them from the archive instead of reading, verifying and linking some four thousand classes
 * from the jar, which is most of a short command's start-up.
 *
 * <p>The launcher starts the JVM with {@code -XX:+RecordDynamicDumpInfo -Dpapers.cds.archive=FILE} when the
 * archive is missing or older than the jar. The archive is written here, at the end of the command, through the
 * JVM's own diagnostic command rather than {@code -XX:ArchiveClassesAtExit}, because the JVM option turns a
 * failed write (a read-only folder, a full disk) into exit code 1 and an error message; here a failure is
 * only a slower next start. It is written to a temporary file and moved into place, so two commands started
 * at once never leave a half-written archive.
 *
 * <p>Only a run that did its command's work is archived ({@link #worthKeeping}): the archive is made once per
 * jar, and one made by {@code check --help}, or by a check stopped by its first error, would hold too few
 * classes for every later start.
 */
final class StartupArchive {
    /** The system property naming the archive to write. */
    static final String PROPERTY = "papers.cds.archive";

    private StartupArchive() {
    }

    /** Whether a run's classes are worth archiving: it succeeded, and did not just print help or the version. */
    static boolean worthKeeping(CommandLine.ParseResult run, int exitCode) {
        for (CommandLine.ParseResult command = run; command != null; command = command.subcommand()) {
            if (command.isUsageHelpRequested() || command.isVersionHelpRequested()) {
                return false;
            }
        }
        return run != null && exitCode == 0;
    }

    /**
     * Deletes the archives made for an earlier jar or Java: the launcher names each after what it was made
     * for ({@code NAME-KIND-STAMP.jsa}), so those of the same kind with another stamp are never used again.
     */
    private static void removeOlder(Path archive) throws IOException {
        String name = archive.getFileName().toString();
        int stamp = name.lastIndexOf('-');
        if (stamp < 0 || !name.endsWith(".jsa")) {
            return;
        }
        String kind = name.substring(0, stamp + 1);
        try (var siblings = Files.newDirectoryStream(archive.getParent(), kind + "*.jsa")) {
            for (Path sibling : siblings) {
                if (!sibling.getFileName().toString().equals(name)
                        && sibling.getFileName().toString().substring(kind.length()).matches("[0-9]+\\.jsa")) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    /** Writes the archive if the launcher asked for one; never fails, never prints. */
    static void writeIfAsked() {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        Path archive = Path.of(target).toAbsolutePath();
        Path temporary = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        PrintStream out = System.out;
        try {
            // The JVM announces the dump on standard output, which belongs to the command's own output.
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                    new Object[] {new String[] {"dynamic_dump", temporary.toString()}},
                    new String[] {String[].class.getName()});
            if (Files.size(temporary) > 0) {
                Files.move(temporary, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeOlder(archive);
            }
        } catch (Exception | LinkageError e) {
            // No archive: the next start reads the classes from the jar, as without one.
        } finally {
            System.setOut(out);
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Left behind; the launcher's next archive replaces the real one, not this.
            }
        }
    }
}

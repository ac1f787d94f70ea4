package org.committeepapers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.committeepapers.cli.Main;

/**
 * The command line of a child JVM running {@code papers} on this build's classes, for the tests that need a
 * process of its own (to kill it, cap its file size, start it cold, or give it its own hash seed). It starts
 * as the launcher starts a command, on the quick compiler and the serial collector, which halves the CPU a cold
 * build takes; tests that time a command use {@code papers benchmark}, never this. The heap is capped like the
 * test JVM's, so the suite's memory stays bounded on a shared machine.
 */
public final class ChildJava {
    private ChildJava() {
    }

    /** {@code java [options] -cp <the tests' class path> org.committeepapers.cli.Main <args>}. */
    public static List<String> papers(List<String> jvmOptions, String... args) {
        return java(jvmOptions, Main.class, args);
    }

    /** {@code java [options] -cp <the tests' class path> <main> <args>}: any main class of this build's or the tests'. */
    public static List<String> java(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    public static List<String> papers(String... args) {
        return papers(List.of(), args);
    }
}

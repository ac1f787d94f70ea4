package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a council installs it: bin/papers runs lib/committee-papers.jar with only a JDK, from any
 * folder and through a symbolic link, and {@code papers init} then {@code papers build} inside the new folder
 * (no options: content/ in, site/ out) work at once. The shipped launcher is tried on this build's classes
 * every run; the assembled zip (target/committee-papers-*.zip, made by {@code mvn package}) when it exists.
 */
class DistributionTest {
    @TempDir
    Path temp;

    @Test
    void theShippedLauncherRunsVersionInitAndBuild() throws Exception {
        Path home = temp.resolve("committee-papers");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("src/dist/bin/papers"), home.resolve("bin/papers"));
        Files.copy(Path.of("src/dist/bin/papers.cmd"), home.resolve("bin/papers.cmd"));
        home.resolve("bin/papers").toFile().setExecutable(true);
        classPathJar(home.resolve("lib/committee-papers.jar"));
        initAndBuild(home);
    }

    @Test
    void theAssembledZipRunsVersionInitAndBuild() throws Exception {
        Path zip;
        try (Stream<Path> target = Files.exists(Path.of("target")) ? Files.list(Path.of("target")) : Stream.empty()) {
            zip = target.filter(p -> p.getFileName().toString().matches("committee-papers-.*\\.zip")).findFirst().orElse(null);
        }
        assumeTrue(zip != null, "no target/committee-papers-*.zip yet: 'mvn package' assembles it (.ci/run does, "
                + "then runs this test again)");
        Path home = unzip(zip, temp.resolve("installed"));
        assertTrue(Files.isRegularFile(home.resolve("lib/committee-papers.jar")));
        assertTrue(Files.readString(home.resolve("bin/papers.cmd")).contains("-jar \"%PAPERS_HOME%\\lib\\committee-papers.jar\" %*"));
        assertTrue(Files.isRegularFile(home.resolve("README.md")));
        initAndBuild(home);
    }

    private void initAndBuild(Path home) throws Exception {
        Path onPath = Files.createDirectories(temp.resolve("usr-local-bin"));
        Files.createSymbolicLink(onPath.resolve("papers"), home.resolve("bin/papers"));
        String papers = onPath.resolve("papers").toString();
        Run version = run(temp, papers, "--version");
        assertEquals(0, version.code, version.output);
        assertTrue(version.output.startsWith("Committee Papers "), version.output);
        Run init = run(temp, papers, "init", "our-papers", "--council", "Ambridge Borough Council");
        assertEquals(0, init.code, init.output);
        Path site = temp.resolve("our-papers");
        Run build = run(site, papers, "build");
        assertEquals(0, build.code, build.output);
        assertTrue(build.output.contains("for 1 paper(s), 1 meeting(s)"), build.output);
        assertTrue(Files.readString(site.resolve("site/index.html")).contains("Ambridge Borough Council"));
        assertTrue(Files.isRegularFile(site.resolve("site/example-business-cases/example-business-cases.pdf")));
    }

    private record Run(int code, String output) {
    }

    private static Run run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("sh"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xmx512m");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + output);
        return new Run(process.exitValue(), output);
    }

    /** A jar holding only a manifest: this build's classes and libraries on its class path, the CLI as its main. */
    private static void classPathJar(Path jar) throws IOException {
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.append(Path.of(entry).toAbsolutePath().toUri()).append(' ');
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    /** Unzips the release into {@code into}; returns its one top folder. */
    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy((InputStream) in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Stream<Path> top = Files.list(into)) {
            return top.findFirst().orElseThrow();
        }
    }
}

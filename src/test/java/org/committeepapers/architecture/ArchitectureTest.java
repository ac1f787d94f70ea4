package org.committeepapers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture the guide describes, held as tests over the compiled main classes. Data flows one way,
 * load → model → compute → render → print → publish, with the {@code Pipeline} running the stages and cli, bench
 * and serve on top; {@code problem} (located errors) and {@code names} (slugs, did-you-mean) sit below all.
 * Each package-info.java says the same for its own package.
 */
@AnalyzeClasses(packages = "org.committeepapers", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ABOVE_PIPELINE = {"Serve", "Bench", "Cli"};

    /** A stage may use only the stages before it; the reader and the model are used by those after them. */
    @ArchTest
    static final ArchRule stagesImportOnlyEarlierStages = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Problem").definedBy("org.committeepapers.problem..")
            .layer("Names").definedBy("org.committeepapers.names..")
            .layer("Model").definedBy("org.committeepapers.model..")
            .layer("Load").definedBy("org.committeepapers.load..")
            .layer("Compute").definedBy("org.committeepapers.compute..")
            .layer("Render").definedBy("org.committeepapers.render..")
            .layer("Print").definedBy("org.committeepapers.print..")
            .layer("Publish").definedBy("org.committeepapers.publish..")
            .layer("Pipeline").definedBy("org.committeepapers")
            .layer("Serve").definedBy("org.committeepapers.serve..")
            .layer("Bench").definedBy("org.committeepapers.bench..")
            .layer("Cli").definedBy("org.committeepapers.cli..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Serve").mayOnlyBeAccessedByLayers("Bench", "Cli")
            .whereLayer("Pipeline").mayOnlyBeAccessedByLayers(ABOVE_PIPELINE)
            .whereLayer("Publish").mayOnlyBeAccessedByLayers(with(ABOVE_PIPELINE, "Pipeline"))
            .whereLayer("Print").mayOnlyBeAccessedByLayers(with(ABOVE_PIPELINE, "Pipeline", "Publish"))
            .whereLayer("Render").mayOnlyBeAccessedByLayers(with(ABOVE_PIPELINE, "Pipeline", "Publish", "Print"))
            .whereLayer("Compute").mayOnlyBeAccessedByLayers(with(ABOVE_PIPELINE, "Pipeline", "Publish", "Print", "Render"))
            .whereLayer("Load").mayOnlyBeAccessedByLayers(with(ABOVE_PIPELINE, "Pipeline"))
            .whereLayer("Model").mayOnlyBeAccessedByLayers(
                    with(ABOVE_PIPELINE, "Pipeline", "Publish", "Print", "Render", "Compute", "Load"))
            .whereLayer("Names").mayOnlyBeAccessedByLayers(
                    with(ABOVE_PIPELINE, "Pipeline", "Publish", "Print", "Render", "Compute", "Load"))
            .because("data flows one way, and each stage is written against the ones before it only");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.committeepapers.(*)..")
            .should().beFreeOfCycles();

    /** Model and compute are plain data and pure functions: no files, no network, so they test in isolation. */
    @ArchTest
    static final ArchRule modelAndComputeDoNoInputOrOutput = noClasses()
            .that().resideInAnyPackage("org.committeepapers.model..", "org.committeepapers.compute..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
            .because("reading and writing files is the load and publish stages' job");

    /** Model records know nothing of how they were read or will be shown. */
    @ArchTest
    static final ArchRule modelUsesNoLibrary = noClasses().that().resideInAPackage("org.committeepapers.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..", "freemarker..",
                    "com.vladsch.flexmark..", "org.jsoup..", "com.openhtmltopdf..", "org.apache.pdfbox..");

    /** State shared through a static field is state every build in the JVM shares (the preview runs many). */
    @ArchTest
    static final ArchRule noMutableStaticFields = fields().that().areStatic().and().areDeclaredInClassesThat()
            .resideInAPackage("org.committeepapers..")
            .should().beFinal()
            .because("what a run needs is passed to it, as the SchemaRecorder is, never left in a static field");

    private static String[] with(String[] layers, String... more) {
        String[] all = java.util.Arrays.copyOf(layers, layers.length + more.length);
        System.arraycopy(more, 0, all, layers.length, more.length);
        return all;
    }
}

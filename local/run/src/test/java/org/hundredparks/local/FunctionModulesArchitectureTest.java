package org.hundredparks.local;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The function modules stay thin: each handler lives in its own module's package, no module reaches into another,
 * and none touches the table, the buckets or a record's keys: they call core's services. Checked on the four
 * modules' compiled classes, which the reactor builds before this module.
 */
class FunctionModulesArchitectureTest {

    private static final List<String> MODULES = List.of("api", "jobs", "matching", "reminders");
    /** What a function may use of storage: its settings, its health, and the two exceptions it maps to HTTP. */
    private static final Set<String> STORAGE_FOR_FUNCTIONS = Set.of("StorageConfig", "StorageHealth", "ConditionFailedException",
            "InvalidCursorException");

    private static final String HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";

    private static final JavaClasses FUNCTIONS = importFunctions();

    private static JavaClasses importFunctions() {
        ClassFileImporter importer = new ClassFileImporter();
        List<Path> paths = MODULES.stream().map(m -> Path.of("../../functions", m, "target/classes")).toList();
        for (Path path : paths) {
            assertTrue(Files.isDirectory(path.resolve("org/hundredparks")), "not built: " + path.toAbsolutePath());
        }
        return importer.importPaths(paths);
    }

    @Test
    void functionsUseCoresServicesNotItsStorage() {
        DescribedPredicate<JavaClass> storageInternals = resideInAPackage("org.hundredparks.storage..")
                .and(DescribedPredicate.describe("not " + STORAGE_FOR_FUNCTIONS, c -> !STORAGE_FOR_FUNCTIONS.contains(c.getSimpleName())));
        noClasses().that().resideInAnyPackage("org.hundredparks.api..", "org.hundredparks.functions..")
                .should().dependOnClassesThat(storageInternals)
                .orShould().dependOnClassesThat(resideInAPackage("org.hundredparks..").and(simpleNameEndingWith("Keys")))
                .orShould().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.services.dynamodb..",
                        "software.amazon.awssdk.services.s3..", "software.amazon.awssdk.services.sqs..")
                .because("handlers stay thin: the logic and the storage live in core, behind its services")
                .check(FUNCTIONS);
    }

    @Test
    void noFunctionModuleReachesIntoAnother() {
        for (String module : List.of("jobs", "matching", "reminders")) {
            String own = "org.hundredparks.functions." + module + "..";
            noClasses().that().resideInAPackage(own)
                    .should().dependOnClassesThat(resideInAnyPackage("org.hundredparks.functions..", "org.hundredparks.api..")
                            .and(not(resideInAPackage(own))))
                    .check(FUNCTIONS);
        }
        noClasses().that().resideInAPackage("org.hundredparks.api..").should().dependOnClassesThat()
                .resideInAPackage("org.hundredparks.functions..").check(FUNCTIONS);
    }

    /** ArchUnit finds the handlers' interface by resolving it from the class path (its default, kept on here). */
    @Test
    void eachEventFunctionLivesInItsModulesOwnPackage() {
        classes().that().implement(HANDLER)
                .should().resideInAPackage("org.hundredparks.functions..")
                .because("core's package names are core's: a handler in org.hundredparks.matching would hide where it runs")
                .check(FUNCTIONS);
        assertTrue(FUNCTIONS.stream().filter(c -> c.isAssignableTo(HANDLER)).count() >= 3, "the three event functions");
    }
}

package org.hundredparks;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of core, as rules that fail the build when it is broken: packages by feature, dependencies pointing
 * one way (features above storage, the shared base below everything), and each package the only one to build
 * or spell the keys of its records. {@link CoreClasses} says what is checked; README's "How core is put together"
 * describes the same.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = CoreClasses.main();

    /**
     * The packages that hold what the platform is about, above storage, in the order the README gives: each may use
     * the features after it, never one before.
     */
    private static final List<String> FEATURE_ORDER = List.of("home", "search", "subscription", "reminder", "reporting", "matching", "imports", "enterprise",
            "submission", "cooperation", "actionplan", "signin", "organisation", "audit", "idempotency");
    private static final String[] FEATURES = FEATURE_ORDER.stream().map(f -> "org.hundredparks." + f + "..").toArray(String[]::new);

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("org.hundredparks.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void featuresUseOnlyTheFeaturesAfterThemInTheReadmesOrder() {
        for (int i = 1; i < FEATURE_ORDER.size(); i++) {
            noClasses().that().resideInAPackage(FEATURES[i])
                    .should().dependOnClassesThat().resideInAnyPackage(Arrays.copyOfRange(FEATURES, 0, i))
                    .check(CORE);
        }
        assertEquals(Set.of(FEATURES), CORE.stream().map(c -> c.getPackageName())
                .filter(p -> !Set.of("platform", "reference", "identity", "validation", "storage", "changefeed", "jobs")
                        .contains(p.substring("org.hundredparks.".length())))
                .map(p -> p + "..").collect(Collectors.toSet()), "every package of core is a feature in the order or a shared one");
    }

    @Test
    void storageKnowsNoDomainType() {
        noClasses().that().resideInAPackage("org.hundredparks.storage..")
                .should().dependOnClassesThat(resideInAPackage("org.hundredparks..")
                        .and(not(resideInAnyPackage("org.hundredparks.storage..", "org.hundredparks.platform.."))))
                .because("storage is the ground floor: each feature registers and keys its own records")
                .check(CORE);
    }

    @Test
    void theBaseDependsOnNothingAbove() {
        noClasses().that().resideInAPackage("org.hundredparks.platform..")
                .should().dependOnClassesThat(resideInAPackage("org.hundredparks..").and(not(resideInAPackage("org.hundredparks.platform.."))))
                .check(CORE);
        noClasses().that().resideInAnyPackage("org.hundredparks.reference..", "org.hundredparks.validation..",
                        "org.hundredparks.identity..", "org.hundredparks.changefeed..", "org.hundredparks.jobs..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("reference data, validation, identity, the change feed and the job queue serve every feature and know none")
                .check(CORE);
    }

    @Test
    void onlyTheOwningPackageBuildsItsKeys() {
        ArchRule rule = classes().that().haveSimpleNameEndingWith("Keys").and().resideInAPackage("org.hundredparks..")
                .should(beAccessedOnlyFromTheirOwnPackage())
                .because("a package reads another's records through that package's service, never by its keys");
        rule.check(CORE);
        assertTrue(CORE.stream().filter(c -> c.getSimpleName().endsWith("Keys")).count() >= 9, "every feature declares its keys");
    }

    /**
     * The compiler and the rule above keep key builders private to their package; this keeps the key prefixes
     * themselves there: a string literal in core's sources that starts with another package's prefix is a raw read.
     */
    @Test
    void noPackageSpellsAnotherPackagesKeyPrefix() throws IOException {
        Map<String, String> owners = KeyLayouts.prefixOwners();
        assertTrue(owners.containsKey("ITEM#") && owners.containsKey("COOPERATION#"), "prefixes are read from the layouts: " + owners);
        Pattern literal = Pattern.compile("\"([A-Z_]+#[^\"]*)\"");
        List<String> violations = new ArrayList<>();
        Path sources = Path.of("src/main/java/org/hundredparks");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = "org.hundredparks." + sources.relativize(file.getParent()).toString().replace('/', '.');
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String text = m.group(1);
                    owners.forEach((prefix, owner) -> {
                        if (text.startsWith(prefix) && !owner.equals(pkg)) {
                            violations.add(file + ": \"" + text + "\" is " + owner + "'s key prefix " + prefix);
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass keys, ConditionEvents events) {
                for (Dependency dependency : keys.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!origin.getPackageName().equals(keys.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}

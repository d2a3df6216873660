package io.stepline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the package arrows pointing one way (docs/architecture.md): each top-level package
 * may use only the packages listed for it. A new package must be added here deliberately.
 */
class PackageArrowsTest {
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("json", Set.of());
        ALLOWED.put("definition", Set.of("json"));
        ALLOWED.put("config", Set.of("json"));
        ALLOWED.put("expression", Set.of("definition", "json"));
        ALLOWED.put("validation", Set.of("definition", "expression", "json"));
        ALLOWED.put("connector", Set.of("config", "json"));
        ALLOWED.put("store", Set.of("config", "json"));
        ALLOWED.put("runtime", Set.of("definition", "expression", "connector", "store", "config", "json"));
        ALLOWED.put("compile", Set.of("definition", "expression", "runtime", "connector", "config", "json"));
        ALLOWED.put("engine", Set.of("definition", "expression", "validation", "compile", "runtime", "connector",
                "store", "config", "json"));
        ALLOWED.put("testing", Set.of("engine", "runtime", "connector", "definition", "config", "json"));
        // server: the HTTP API and UI over the engine (schedule joins once it is wired in).
        ALLOWED.put("server", Set.of("engine", "runtime", "store", "definition", "validation", "config", "json"));
        ALLOWED.put("cli", Set.of("engine", "testing", "runtime", "validation", "store", "config", "connector",
                "definition", "json", "server"));
    }

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stepline");

    @TestFactory
    List<DynamicTest> eachPackageUsesOnlyWhatItMay() {
        return ALLOWED.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> "io.stepline." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("io.stepline." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .check(CLASSES);
        })).collect(Collectors.toList());
    }

    @TestFactory
    List<DynamicTest> onlyCompileBuildsCamelRouteModels() {
        return List.of(DynamicTest.dynamicTest("route models", () -> noClasses()
                .that().resideOutsideOfPackage("io.stepline.compile..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel.model..", "org.apache.camel.builder..")
                .check(CLASSES)));
    }

    @TestFactory
    List<DynamicTest> everyClassIsInAKnownPackage() {
        return List.of(DynamicTest.dynamicTest("known packages", () -> {
            List<String> strays = CLASSES.stream()
                    .map(c -> c.getPackageName())
                    .filter(p -> ALLOWED.keySet().stream().noneMatch(k -> p.equals("io.stepline." + k)
                            || p.startsWith("io.stepline." + k + ".")))
                    .distinct().toList();
            org.assertj.core.api.Assertions.assertThat(strays)
                    .as("packages not declared in PackageArrowsTest.ALLOWED").isEmpty();
        }));
    }
}

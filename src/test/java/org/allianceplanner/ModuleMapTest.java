package org.allianceplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The module map: the Spring-free core underneath (model, constraints, solver, messages, io,
 * datasets, explain), the features above it, and which package may use which. A dependency the map does not
 * list fails here, so a new one is a decision written down (and in README's layout table), not an
 * accident.
 */
@DisplayName("模块图 Module map")
class ModuleMapTest {

    private static final String ROOT = "org.allianceplanner";

    /** Each top-level package and the packages it may use. */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            // The Spring-free core.
            Map.entry("messages", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("constraints", Set.of("model", "messages")),
            Map.entry("solver", Set.of("model", "constraints", "messages")),
            Map.entry("io", Set.of("model", "messages")),
            Map.entry("datasets", Set.of("model", "io")),
            Map.entry("explain", Set.of("model", "constraints", "solver", "messages", "io")),
            // Tools on the core: the command line and the benchmarks.
            Map.entry("benchmark", Set.of("model", "solver", "io", "messages")),
            Map.entry("cli", Set.of("model", "solver", "io", "messages", "datasets", "benchmark", "explain")),
            // The service: the store, the API's shared edge, and the features.
            Map.entry("store", Set.of("io")),
            Map.entry("api", Set.of("io", "messages", "solver")),
            Map.entry("catalogue", Set.of("model", "messages")),
            Map.entry("plans", Set.of("model", "solver", "io", "messages", "store", "api", "catalogue", "explain")),
            Map.entry("scopes", Set.of("model", "solver", "io", "messages", "store", "api", "plans", "explain")),
            Map.entry("rebalance", Set.of("model", "solver", "io", "messages", "store", "api", "plans")),
            Map.entry("calendar", Set.of("model", "io", "messages", "plans")),
            Map.entry("excel", Set.of("model", "solver", "io", "messages", "api", "plans", "calendar", "catalogue")),
            Map.entry("summary", Set.of("model", "io", "messages", "store", "plans")),
            // Sign-in, roles, scopes, tokens and audit: under every feature, through the api's Caller.
            Map.entry("security", Set.of("messages", "io", "api")),
            Map.entry("", Set.of("cli")));

    /** Packages that know nothing of Spring, servlets, HTTP or SQL: the CLI and the solver run on them. */
    private static final String[] CORE = {ROOT + ".model..", ROOT + ".constraints..", ROOT + ".solver..",
            ROOT + ".messages..", ROOT + ".io..", ROOT + ".datasets..", ROOT + ".explain.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The main classes only, straight from their folder: no scan of the class path.
        classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    @DisplayName("每个包只用模块图允许的包 / every package uses only what the map allows")
    void everyDependencyIsOnTheMap() {
        Map<String, Set<String>> unexpected = new TreeMap<>();
        for (JavaClass source : classes) {
            String from = module(source);
            assertThat(MAY_USE).as("package %s is not on the module map", from).containsKey(from);
            for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith(ROOT)) {
                    continue;
                }
                String to = module(target);
                if (!to.equals(from) && !MAY_USE.get(from).contains(to)) {
                    unexpected.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>())
                            .add(source.getSimpleName() + " uses " + target.getSimpleName());
                }
            }
        }
        assertThat(unexpected).as("dependencies the module map does not allow").isEmpty();
    }

    @Test
    @DisplayName("核心不依赖 Spring、Servlet 或 JDBC / the core knows no Spring, servlets or JDBC")
    void theCoreIsFreeOfTheFramework() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    @DisplayName("包之间没有环 / no cycles between packages")
    void noCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("业务服务不知道 HTTP 视图 / services return domain results, controllers make the views")
    void servicesDoNotMakeUrls() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Urls")
                .check(classes);
    }

    private static String module(JavaClass javaClass) {
        String rest = javaClass.getPackageName().equals(ROOT) ? "" : javaClass.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

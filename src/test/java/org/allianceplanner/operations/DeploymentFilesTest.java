package org.allianceplanner.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml and the Kubernetes manifests say what the application does: its port, its actuator
 * probe paths, and only property names it has (an environment variable SPRING_DATASOURCE_URL is the
 * property spring.datasource.url); the Secret holds every key the Deployment asks of it.
 */
class DeploymentFilesTest {

    private static Object yaml(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static Properties properties(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream(resource)) {
            p.load(in);
        }
        return p;
    }

    /** Property names the application knows, relaxed as Spring binds environment variables (no dashes). */
    private static Set<String> knownProperties() throws Exception {
        Set<String> known = new HashSet<>();
        for (String resource : List.of("/application.properties", "/application-postgres.properties")) {
            properties(resource).stringPropertyNames().forEach(k -> known.add(relaxed(k)));
        }
        // The first administrator's password is bound by a @ConfigurationProperties("alliance.admin") record.
        for (var component : Class.forName("org.allianceplanner.security.AdminSettings").getRecordComponents()) {
            known.add(relaxed("alliance.admin." + component.getName()));
        }
        known.add(relaxed("spring.profiles.active"));
        return known;
    }

    /** A property as Spring matches an environment variable to it: no dots, dashes or case. */
    private static String relaxed(String property) {
        return property.replace("-", "").replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static String property(String environmentVariable) {
        return environmentVariable.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static int serverPort() throws IOException {
        return Integer.parseInt(properties("/application.properties").getProperty("server.port"));
    }

    @Test
    void composeRunsTwoInstancesOnPostgresWithTheApplicationsPortAndProperties() throws Exception {
        Map<String, Object> services = map(map(yaml("compose.yaml")).get("services"));
        assertThat(services).containsKeys("postgres", "planner-1", "planner-2");
        Set<String> known = knownProperties();
        Set<String> published = new HashSet<>();
        for (String name : List.of("planner-1", "planner-2")) {
            Map<String, Object> service = map(services.get(name));
            for (Object port : list(service.get("ports"))) {
                String[] parts = port.toString().split(":");
                assertThat(Integer.parseInt(parts[1])).as(name + " container port").isEqualTo(serverPort());
                assertThat(published.add(parts[0])).as("each instance its own host port").isTrue();
            }
            Map<String, Object> environment = map(service.get("environment"));
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
            assertThat(environment.get("SPRING_DATASOURCE_URL").toString()).startsWith("jdbc:postgresql://postgres:");
            for (String variable : environment.keySet()) {
                assertThat(known).as(variable + " names a property of the application").contains(property(variable));
            }
        }
        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat(map(postgres.get("environment")).get("POSTGRES_DB").toString())
                .isEqualTo(map(map(services.get("planner-1")).get("environment")).get("SPRING_DATASOURCE_URL")
                        .toString().replaceAll(".*/", ""));
    }

    @Test
    void kubernetesRunsTwoReplicasProbedOnTheActuatorWithTheDatabaseInASecret() throws Exception {
        Map<String, Object> deployment = map(yaml("deploy/k8s/deployment.yaml"));
        assertThat(deployment.get("kind")).isEqualTo("Deployment");
        Map<String, Object> spec = map(deployment.get("spec"));
        assertThat(spec.get("replicas")).isEqualTo(2);
        Map<String, Object> container = map(list(map(map(spec.get("template")).get("spec")).get("containers")).get(0));
        Map<String, Object> port = map(list(container.get("ports")).get(0));
        assertThat(port.get("containerPort")).isEqualTo(serverPort());
        assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path"))
                .isEqualTo("/actuator/health/liveness");
        assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path"))
                .isEqualTo("/actuator/health/readiness");
        assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("port")).isEqualTo(port.get("name"));

        Map<String, Object> secret = map(yaml("deploy/k8s/secret.yaml"));
        assertThat(secret.get("kind")).isEqualTo("Secret");
        Set<String> secretKeys = map(secret.get("stringData")).keySet();
        Set<String> known = knownProperties();
        List<String> fromSecret = new ArrayList<>();
        for (Object item : list(container.get("env"))) {
            Map<String, Object> variable = map(item);
            String name = variable.get("name").toString();
            assertThat(known).as(name + " names a property of the application").contains(property(name));
            if (variable.get("valueFrom") != null) {
                Map<String, Object> ref = map(map(variable.get("valueFrom")).get("secretKeyRef"));
                assertThat(ref.get("name")).isEqualTo(map(secret.get("metadata")).get("name"));
                assertThat(secretKeys).contains(ref.get("key").toString());
                fromSecret.add(name);
            }
        }
        assertThat(fromSecret).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD");
        Map<String, Object> service = map(yaml("deploy/k8s/service.yaml"));
        assertThat(map(list(map(service.get("spec")).get("ports")).get(0)).get("targetPort")).isEqualTo(port.get("name"));
        // And the probes are what the application exposes.
        Properties application = properties("/application.properties");
        assertThat(application.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
    }
}

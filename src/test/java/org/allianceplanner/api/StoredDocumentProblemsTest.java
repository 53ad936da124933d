package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.allianceplanner.testing.SmallCounty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A store holding documents that no longer parse — written by an older version, or damaged — does
 * not stop the service from starting: every plan is listed, the broken ones with the error, and what
 * needs the broken document answers 409 instead of failing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.rebalance.cron=-"})
class StoredDocumentProblemsTest {

    private static final String URL = "jdbc:h2:mem:stored-documents-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static final String OUTDATED = "outdated-solution";
    private static final String DAMAGED = "damaged-problem";
    private static final String GOOD = "good";
    private static final String SCOPE = "broken-county";

    @LocalServerPort
    int port;

    ApiClient api;

    /** Written before the service starts, as an older version would have left them. */
    @DynamicPropertySource
    static void storeWithBrokenDocuments(DynamicPropertyRegistry registry) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL, "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ObjectNode problem = SmallCounty.problem(SCOPE);
        ObjectNode solution = problem.deepCopy();
        solution.get("organizations").forEach(o -> ((ObjectNode) o).put("community", "c1"));
        ObjectNode outdated = solution.deepCopy();
        ((ObjectNode) outdated.get("organizations").get(0)).put("type", "BANK");
        outdated.put("alliancesPerStreet", 3);
        insert(jdbc, OUTDATED, "SOLVED", problem.toString(), outdated.toString());
        insert(jdbc, DAMAGED, "QUEUED", "{\"name\": \"垫江\", \"communities\": [", null);
        insert(jdbc, GOOD, "SOLVED", problem.toString(), solution.toString());
        jdbc.sql("INSERT INTO scopes (scope, adopted_plan_id, adopted_at, adopted_revision, revision, data, changed_at) "
                        + "VALUES (?, ?, ?, 1, 2, ?, ?)")
                .params(SCOPE, GOOD, Instant.now().atOffset(ZoneOffset.UTC), "[\"not a plan\"]",
                        Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        registry.add("spring.datasource.url", () -> URL);
    }

    private static void insert(JdbcClient jdbc, String id, String status, String problem, String solution) {
        jdbc.sql("INSERT INTO plans (id, name, scope, origin, status, problem, solution, score, time_limit_ms, "
                        + "submitted_at, finished_at) VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, 2000, ?, ?)")
                .params(id, "plan " + id, SCOPE, status, problem, solution,
                        solution == null ? null : "0hard/0medium/-1000soft", Instant.now().atOffset(ZoneOffset.UTC),
                        solution == null ? null : Instant.now().atOffset(ZoneOffset.UTC))
                .update();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private JsonNode listed(String id) {
        for (JsonNode plan : api.get("/api/plans").json()) {
            if (plan.get("id").asText().equals(id)) {
                return plan;
            }
        }
        throw new AssertionError("Plan " + id + " is not listed");
    }

    @Test
    void everyPlanIsListedAndAnUnreadableSolutionIsReportedOnItsPlan() {
        assertThat(api.get("/api/plans").json()).hasSize(3);
        JsonNode outdated = api.pollStatus(OUTDATED, s -> s.hasNonNull("error"), Duration.ofSeconds(20));
        assertThat(outdated.get("status").asText()).as("the status stays visible").isEqualTo("SOLVED");
        assertThat(outdated.get("error").asText()).contains("cannot be read").contains("BANK")
                .contains("alliancesPerStreet");
        assertThat(listed(OUTDATED).get("error").asText()).contains("cannot be read");

        ApiClient.Response detail = api.get("/api/plans/" + OUTDATED);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().has("plan")).isFalse();
        assertThat(detail.json().get("error").asText()).contains("BANK");
        ApiClient.Response analysis = api.get("/api/plans/" + OUTDATED + "/analysis");
        assertThat(analysis.status()).isEqualTo(409);
        assertThat(analysis.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/plans/" + OUTDATED + "/adopt").status()).isEqualTo(409);
        assertThat(api.get("/api/plans/" + GOOD + "/diff?against=" + OUTDATED).status()).isEqualTo(409);
    }

    @Test
    void aWaitingPlanWhoseProblemIsUnreadableFailsWithTheReason() {
        JsonNode failed = api.pollStatus(DAMAGED, s -> s.get("status").asText().equals("FAILED"), Duration.ofSeconds(20));
        assertThat(failed.get("error").asText()).contains("problem").contains("cannot be read");
        assertThat(api.get("/api/plans/" + DAMAGED).status()).isEqualTo(200);
    }

    @Test
    void readablePlansWorkAsUsual() {
        ApiClient.Response detail = api.get("/api/plans/" + GOOD);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("plan").get("organizations")).hasSize(SmallCounty.ORGANIZATIONS);
        assertThat(api.get("/api/plans/" + GOOD + "/analysis").status()).isEqualTo(200);
        assertThat(listed(GOOD).has("error")).isFalse();
    }

    @Test
    void aScopeWithUnreadableMasterDataIsShownWithItsErrorAndRefusesChanges() {
        ApiClient.Response scope = api.get("/api/scopes/" + SCOPE);
        assertThat(scope.status()).isEqualTo(200);
        api.pollStatus(GOOD, s -> api.get("/api/scopes/" + SCOPE).json().hasNonNull("error"), Duration.ofSeconds(20));
        assertThat(api.get("/api/scopes/" + SCOPE).json().get("error").asText()).contains("master data");
        ApiClient.Response change = api.patchJson("/api/scopes/" + SCOPE + "/organizations/o1", "{\"partyMembers\": 1}");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.contentType()).startsWith("application/problem+json");
        JsonNode rebalance = api.post("/api/rebalance?scope=" + SCOPE).json();
        assertThat(rebalance.get("proposals")).isEmpty();
        assertThat(rebalance.get("skipped").get(0).get("reason").asText()).contains("master data");
    }
}

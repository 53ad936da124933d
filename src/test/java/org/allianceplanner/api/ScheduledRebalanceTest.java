package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** The scheduled job, with a cron of every two seconds: a changed scope gets a proposal on its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.rebalance.cron=*/2 * * * * *",
                "alliance.rebalance.time-limit=2s", "alliance.rebalance.unimproved-time-limit=1s",
                "alliance.rebalance.max-moves=0",
                "spring.datasource.url=jdbc:h2:mem:scheduled-rebalance;DB_CLOSE_DELAY=-1"})
class ScheduledRebalanceTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theCronJobProposesForAChangedScope() {
        String scope = ScopeApiSupport.newScope();
        String id = api.postJson("/api/plans?timeLimit=2s&unimprovedTimeLimit=1s", SmallCounty.json(scope)).json()
                .get("id").asText();
        api.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(30));
        assertThat(api.post("/api/plans/" + id + "/adopt").status()).isEqualTo(200);
        assertThat(api.get("/api/rebalance").json().get("nextRun").asText()).isNotBlank();

        String url = ScopeApiSupport.scopeUrl(scope);
        assertThat(api.patchJson(url + "/communities/c4", "{\"population\": 12000}").status()).isEqualTo(200);
        JsonNode view = api.pollStatus(id, s -> api.get(url).json().hasNonNull("proposalId"), Duration.ofSeconds(15));
        String proposal = api.get(url).json().get("proposalId").asText();
        assertThat(api.get(url).json().get("proposedRevision").asInt()).isEqualTo(2);
        JsonNode status = api.pollStatus(proposal, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(30));
        assertThat(status.get("origin").asText()).isEqualTo("REBALANCE");
        assertThat(status.get("basedOn").asText()).isEqualTo(id);
        assertThat(view).isNotNull();
        JsonNode plan = api.get("/api/plans/" + proposal).json().get("plan");
        assertThat(plan.get("rules").get("maxMoves").asInt()).as("the configured budget").isZero();
    }
}

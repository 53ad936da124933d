package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.allianceplanner.solver.CpSat;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/** The proven bound and the gap in a plan's status and detail, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.bound.time-limit=5s",
                "spring.datasource.url=jdbc:h2:mem:bound-api;DB_CLOSE_DELAY=-1"})
class OptimalityBoundApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    @DisplayName("状态给出下界与差距 / the status gives the bound and the gap")
    void statusGivesTheBoundAndTheGap() {
        assumeTrue(CpSat.available());
        ApiClient.Response submitted = api.postJson("/api/plans?timeLimit=3s", SmallCounty.json("bound"));
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        api.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(30));
        JsonNode status = api.pollStatus(id, s -> s.path("boundState").asText().equals("PROVEN"), Duration.ofSeconds(30));

        long bound = status.get("bound").asLong();
        long allocation = status.get("kpis").get("allocationSoft").asLong();
        assertThat(bound).as("no plan beats the bound").isGreaterThanOrEqualTo(allocation);
        double gap = status.get("gapPercent").asDouble();
        assertThat(gap).isGreaterThanOrEqualTo(0.0);
        // Both as penalties: the plan costs at most gapPercent more than the bound.
        long cost = -allocation;
        long best = -bound;
        assertThat(gap).isCloseTo(best == 0 ? 0 : 100.0 * (cost - best) / best, org.assertj.core.data.Offset.offset(0.11));

        JsonNode detail = api.get("/api/plans/" + id).json();
        assertThat(detail.get("boundState").asText()).isEqualTo("PROVEN");
        assertThat(detail.get("bound").asLong()).isEqualTo(bound);
    }
}

package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.allianceplanner.testing.PostgresTestDatabase;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two instances of the real jar on loopback against one PostgreSQL: every plan is solved exactly
 * once (one run per plan in plan_runs, claims with FOR UPDATE SKIP LOCKED), both instances take
 * work, a stop asked on either instance reaches the one solving, and the plan of an instance killed mid-solve is taken over by the other once its lease (3 s
 * here) runs out, resuming from its last saved best.
 */
class TwoInstancesIT {

    @Test
    void eachPlanIsSolvedOnceAndADeadInstancesPlanIsTakenOver(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            List<String> arguments = List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password(), "--alliance.demo.dataset=",
                    "--alliance.solver.parallel-plans=1", "--alliance.dispatch.lease=3s",
                    "--alliance.dispatch.heartbeat=500ms", "--alliance.dispatch.poll-interval=300ms");
            try (JarProcess a = new JarProcess("instance-a", JarProcess.freePort(), dir, arguments);
                    JarProcess b = new JarProcess("instance-b", JarProcess.freePort(), dir, arguments)) {
                a.start();
                b.start();
                a.awaitReady(Duration.ofSeconds(120));
                b.awaitReady(Duration.ofSeconds(120));
                ApiClient apiA = a.api();
                ApiClient apiB = b.api();

                List<String> plans = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    ApiClient api = i % 2 == 0 ? apiA : apiB;
                    ApiClient.Response response = api.postJson("/api/plans?timeLimit=2s&unimprovedTimeLimit=1s",
                            SmallCounty.json("two-" + i + "-" + UUID.randomUUID()));
                    assertThat(response.status()).isEqualTo(202);
                    plans.add(response.json().get("id").asText());
                }
                for (String id : plans) {
                    apiB.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(90));
                }
                Map<String, List<String>> solvers = new HashMap<>();
                try (Connection connection = database.connect();
                        PreparedStatement select = connection.prepareStatement(
                                "SELECT plan_id, instance, outcome FROM plan_runs ORDER BY plan_id, run");
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        assertThat(rows.getString(3)).isEqualTo("SOLVED");
                        solvers.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
                assertThat(solvers.keySet()).containsExactlyInAnyOrderElementsOf(plans);
                solvers.forEach((plan, instances) -> assertThat(instances).as("runs of " + plan).hasSize(1));
                Set<String> instances = new HashSet<>();
                solvers.values().forEach(instances::addAll);
                assertThat(instances).as("both instances solved plans").hasSize(2);
                assertThat(instances).allSatisfy(i -> assertThat(i).matches(".+:(" + a.port() + "|" + b.port() + ")"));

                // A stop asked on the instance that does not solve the plan reaches the one that does.
                String stopMe = apiA.postJson("/api/plans?timeLimit=60s&unimprovedTimeLimit=60s",
                        SmallCounty.json("stop-" + UUID.randomUUID())).json().get("id").asText();
                String stopOwner = apiA.pollStatus(stopMe, s -> s.get("status").asText().equals("SOLVING")
                        && s.get("feasible") != null, Duration.ofSeconds(30)).get("owner").asText();
                ApiClient other = stopOwner.endsWith(":" + a.port()) ? apiB : apiA;
                assertThat(other.delete("/api/plans/" + stopMe + "/solving").status()).isEqualTo(200);
                JsonNode stopped = apiA.pollStatus(stopMe, s -> s.get("status").asText().equals("STOPPED"),
                        Duration.ofSeconds(10));
                assertThat(stopped.get("timeSpentMillis").asLong()).isLessThan(30_000);
                assertThat(apiB.get("/api/plans/" + stopMe + "/runs").json()).singleElement()
                        .satisfies(run -> assertThat(run.get("instance").asText()).isEqualTo(stopOwner));

                // A long plan; whoever claims it is killed mid-solve.
                ApiClient.Response submitted = apiA.postJson("/api/plans?timeLimit=12s&unimprovedTimeLimit=12s",
                        Files.readString(Path.of("datasets", "dianjiang.json")));
                String id = submitted.json().get("id").asText();
                JsonNode solving = apiA.pollStatus(id, s -> s.get("status").asText().equals("SOLVING")
                        && s.get("feasible") != null && s.get("timeSpentMillis").asLong() > 3500, Duration.ofSeconds(40));
                String owner = solving.get("owner").asText();
                JarProcess victim = owner.endsWith(":" + a.port()) ? a : b;
                JarProcess survivor = victim == a ? b : a;
                long killedAt = System.nanoTime();
                victim.kill();
                String savedScore;
                try (Connection connection = database.connect()) {
                    savedScore = KillAndRestartIT.single(connection, "SELECT score FROM plans WHERE id = ?", id);
                    assertThat(KillAndRestartIT.single(connection, "SELECT owner FROM plans WHERE id = ?", id))
                            .as("not yet taken over: the lease still runs").isEqualTo(owner);
                }

                ApiClient api = survivor.api();
                JsonNode takenOver = api.pollStatus(id, s -> s.get("attempts").asInt() == 2
                        && s.get("status").asText().equals("SOLVING"), Duration.ofSeconds(20));
                long takeoverMillis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
                assertThat(takenOver.get("owner").asText()).endsWith(":" + survivor.port());
                assertThat(takeoverMillis).as("taken over once the lease ran out").isBetween(1500L, 15_000L);
                api.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(60));
                JsonNode runs = api.get("/api/plans/" + id + "/runs").json();
                assertThat(runs).hasSize(2);
                assertThat(runs.get(0).get("instance").asText()).isEqualTo(owner);
                assertThat(runs.get(0).get("outcome").asText()).isEqualTo("LEASE_EXPIRED");
                assertThat(runs.get(1).get("instance").asText()).endsWith(":" + survivor.port());
                assertThat(runs.get(1).get("startScore").asText()).isEqualTo(savedScore);
                assertThat(runs.get(1).get("outcome").asText()).isEqualTo("SOLVED");
            }
        }
    }
}

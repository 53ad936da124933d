package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.allianceplanner.testing.PostgresTestDatabase;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The real jar, killed with SIGKILL while it solves and submissions keep coming, then started again:
 * every plan accepted with a 202 is still there, the plan that was solving resumes from its last
 * saved best (the score the store held at the crash) and finishes, and the waiting plans are solved.
 * Once on the default H2 file (run in a scratch directory, so ./data is there) and once on PostgreSQL.
 */
class KillAndRestartIT {

    interface Database {
        Connection connect() throws SQLException;
    }

    @Test
    void onTheDefaultH2File(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("alliance-planner");
        killAndRestart("h2", dir, List.of(), () -> DriverManager.getConnection("jdbc:h2:file:" + file, "sa", ""));
        assertThat(Files.exists(dir.resolve("data").resolve("alliance-planner.mv.db"))).isTrue();
    }

    @Test
    void onPostgres(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            killAndRestart("postgres", dir, List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password()), database::connect);
        }
    }

    private void killAndRestart(String name, Path dir, List<String> databaseArguments, Database database)
            throws Exception {
        int port = JarProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of("--alliance.demo.dataset=", "--alliance.solver.parallel-plans=1"));
        arguments.addAll(databaseArguments);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        try (JarProcess first = new JarProcess(name + "-before-kill", port, dir, arguments);
                JarProcess second = new JarProcess(name + "-after-restart", port, dir, arguments)) {
            ApiClient api = first.start().awaitReady(Duration.ofSeconds(90)).api();
            String solving = submit(api, Files.readString(Path.of("datasets", "dianjiang.json")),
                    "timeLimit=14s&unimprovedTimeLimit=14s");
            String waiting1 = submit(api, SmallCounty.json("a-" + UUID.randomUUID()), "timeLimit=2s&unimprovedTimeLimit=1s");
            String waiting2 = submit(api, SmallCounty.json("b-" + UUID.randomUUID()), "timeLimit=2s&unimprovedTimeLimit=1s");
            accepted.addAll(List.of(solving, waiting1, waiting2));
            api.pollStatus(solving, s -> s.get("status").asText().equals("SOLVING") && s.get("feasible") != null
                    && s.get("timeSpentMillis").asLong() > 4500, Duration.ofSeconds(40));

            // Keep submitting while the process dies: whatever got its 202 must survive.
            AtomicBoolean submitting = new AtomicBoolean(true);
            Thread submitter = new Thread(() -> {
                while (submitting.get()) {
                    try {
                        ApiClient.Response response = api.postJson("/api/plans?timeLimit=2s",
                                SmallCounty.json("burst-" + UUID.randomUUID()));
                        if (response.status() == 202) {
                            accepted.add(response.json().get("id").asText());
                        }
                    } catch (RuntimeException e) {
                        return;
                    }
                }
            });
            submitter.start();
            ApiClient.sleep(700);
            first.kill();
            submitting.set(false);
            submitter.join(10_000);
            assertThat(accepted.size()).as("submissions during the kill").isGreaterThan(3);

            // What the store holds after the crash: the last saved best of the plan that was solving.
            String savedScore;
            try (Connection connection = database.connect()) {
                savedScore = single(connection, "SELECT score FROM plans WHERE id = ?", solving);
                assertThat(single(connection, "SELECT status FROM plans WHERE id = ?", solving)).isEqualTo("SOLVING");
                Set<String> stored = new HashSet<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT id FROM plans");
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
                assertThat(stored).as("every plan answered with 202 is stored").containsAll(accepted);
            }
            assertThat(savedScore).as("a best solution was saved while solving").isNotNull();

            ApiClient restarted = second.start().awaitReady(Duration.ofSeconds(90)).api();
            Set<String> listed = new HashSet<>();
            restarted.get("/api/plans").json().forEach(p -> listed.add(p.get("id").asText()));
            assertThat(listed).containsAll(accepted);

            JsonNode done = restarted.pollStatus(solving, s -> s.get("status").asText().equals("SOLVED"),
                    Duration.ofSeconds(60));
            JsonNode runs = restarted.get("/api/plans/" + solving + "/runs").json();
            assertThat(runs).hasSize(2);
            assertThat(runs.get(0).get("outcome").asText()).isEqualTo("LEASE_EXPIRED");
            assertThat(runs.get(1).get("startScore").asText()).as("resumed from the last saved best")
                    .isEqualTo(savedScore);
            assertThat(runs.get(1).get("outcome").asText()).isEqualTo("SOLVED");
            assertThat(runs.get(1).get("instance").asText()).as("the same host:port takes its plans back at once")
                    .isEqualTo(runs.get(0).get("instance").asText());
            assertThat(HardMediumSoftLongScore.parseScore(done.get("score").asText())
                    .compareTo(HardMediumSoftLongScore.parseScore(savedScore))).isGreaterThanOrEqualTo(0);
            assertThat(done.get("timeSpentMillis").asLong()).as("the time limit counts both runs")
                    .isBetween(12_000L, 25_000L);

            for (String id : List.of(waiting1, waiting2)) {
                JsonNode status = restarted.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"),
                        Duration.ofSeconds(60));
                assertThat(status.get("feasible").asBoolean()).isTrue();
                assertThat(restarted.get("/api/plans/" + id + "/runs").json()).hasSize(1);
            }
        } catch (AssertionError | RuntimeException | IOException e) {
            throw new AssertionError(e.getMessage() + "\nlogs: target/it-logs/" + name + "-*.log", e);
        }
    }

    private static String submit(ApiClient api, String body, String limits) {
        ApiClient.Response response = api.postJson("/api/plans?" + limits, body);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asText();
    }

    static String single(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}

package org.allianceplanner.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.allianceplanner.AlliancePlannerApplication;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database's backups and damage: the online backup is a zip that restores to a
 * working database, old backups go after the days kept; a file cut to 0 bytes or corrupted stops
 * the start with one sentence naming the file, the latest backup and the restore command.
 */
class DatabaseBackupsTest {

    @TempDir
    Path dir;

    private String url(Path base) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private JdbcClient database(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return JdbcClient.create(dataSource);
    }

    @Test
    void anOnlineBackupRestoresAndOldOnesAreDeleted() throws IOException {
        Path base = dir.resolve("db").resolve("alliance-planner");
        String url = url(base);
        JdbcClient jdbc = database(url);
        jdbc.sql("CREATE TABLE plans (id VARCHAR(10))").update();
        jdbc.sql("INSERT INTO plans VALUES ('p1')").update();
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("alliance-planner-2026-11-01.zip"), "old");
        Files.writeString(backups.resolve("alliance-planner-2026-11-25.zip"), "recent");
        Files.writeString(backups.resolve("other-2026-11-01.zip"), "another database's");
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T03:30:00Z"), ZoneOffset.UTC);
        DatabaseBackups backup = new DatabaseBackups(jdbc, H2File.of(url).orElseThrow(), backups, 7, clock);

        Path zip = backup.backup();
        assertThat(zip.getFileName().toString()).isEqualTo("alliance-planner-2026-11-29.zip");
        assertThat(DatabaseBackups.backups(backups, "alliance-planner")).extracting(p -> p.getFileName().toString())
                .containsExactly("alliance-planner-2026-11-25.zip", "alliance-planner-2026-11-29.zip");
        assertThat(backups.resolve("other-2026-11-01.zip")).exists();

        // Restore as the README says: unzip into another folder and open it.
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, restored.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(database(url(restored.resolve("alliance-planner"))).sql("SELECT id FROM plans")
                .query(String.class).list()).containsExactly("p1");
        database(url).sql("SHUTDOWN").update();
    }

    @Test
    void aFileCutToZeroBytesStopsTheStartWithOneSentence() throws IOException {
        Path base = dir.resolve("alliance-planner");
        Files.createFile(dir.resolve("alliance-planner.mv.db"));
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("alliance-planner-2026-11-28.zip"), "zip");

        DamagedDatabaseException e = catchThrowableOfType(DamagedDatabaseException.class,
                () -> new SpringApplication(AlliancePlannerApplication.class).run("--spring.datasource.url=" + url(base),
                        "--alliance.backup.directory=" + backups, "--alliance.demo.dataset="));
        assertThat(e).as("the start is refused, not an empty database").isNotNull();
        assertThat(e.sentence().en()).contains("0 bytes").contains(dir.resolve("alliance-planner.mv.db").toString())
                .contains("alliance-planner-2026-11-28.zip").contains("unzip -o");
        assertThat(e.sentence().zh()).contains("0字节");
        FailureAnalysis analysis = new DamagedDatabaseFailureAnalyzer().analyze(e);
        assertThat(analysis.getDescription()).contains("unzip -o").doesNotContain("Exception");
        assertThat(Files.size(dir.resolve("alliance-planner.mv.db"))).isZero();
    }

    @Test
    void aCorruptedFileIsNamedAsDamaged() throws IOException {
        Path base = dir.resolve("alliance-planner");
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(dir.resolve("alliance-planner.mv.db"), garbage);
        assertThat(DatabaseFileCheck.check(url(base), H2File.of(url(base)).orElseThrow(), "sa", "", dir.resolve("none")))
                .hasValueSatisfying(m -> assertThat(m.en()).contains("damaged").contains("no backup"));
    }

    @Test
    void aHealthyOrAbsentFileAndOtherDatabasesPass() {
        Path base = dir.resolve("fresh");
        assertThat(DatabaseFileCheck.check(url(base), H2File.of(url(base)).orElseThrow(), "sa", "", dir)).isEmpty();
        database(url(base)).sql("CREATE TABLE t (x INT)").update();
        assertThat(DatabaseFileCheck.check(url(base), H2File.of(url(base)).orElseThrow(), "sa", "", dir)).isEmpty();
        database(url(base)).sql("SHUTDOWN").update();
        assertThat(H2File.of("jdbc:h2:mem:x")).isEmpty();
        assertThat(H2File.of("jdbc:postgresql://localhost/alliance")).isEmpty();
        assertThat(H2File.of("jdbc:h2:file:./data/alliance-planner;WRITE_DELAY=0").orElseThrow().file())
                .isEqualTo(Path.of("./data/alliance-planner.mv.db"));
    }

}

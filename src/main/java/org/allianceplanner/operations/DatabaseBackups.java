package org.allianceplanner.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The embedded H2 database's daily online backup: {@code BACKUP TO} writes a consistent copy of the
 * open database as {@code <directory>/<name>-<date>.zip} while the service runs; backups older than
 * {@code keepDays} days are deleted. Restore: stop the service, unzip the backup into the database's
 * folder (see README). With PostgreSQL this does nothing: use pg_dump.
 */
public class DatabaseBackups {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final Pattern DATED = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2})\\.zip");

    private final JdbcClient jdbc;
    private final H2File database;
    private final Path directory;
    private final int keepDays;
    private final Clock clock;

    DatabaseBackups(JdbcClient jdbc, H2File database, Path directory, int keepDays, Clock clock) {
        this.jdbc = jdbc;
        this.database = database;
        this.directory = directory;
        this.keepDays = keepDays;
        this.clock = clock;
    }

    @Scheduled(cron = "${alliance.backup.cron:0 30 3 * * *}")
    void scheduled() {
        try {
            Path zip = backup();
            LOG.info("Database backed up to {}", zip);
        } catch (RuntimeException e) {
            LOG.error("Database backup to {} failed: {}", directory, e.toString());
        }
    }

    /** Backs the database up now (today's backup is replaced) and deletes the expired ones. */
    public Path backup() {
        LocalDate today = LocalDate.now(clock);
        Path zip = directory.resolve(database.name() + "-" + today + ".zip").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("BACKUP TO '" + zip.toString().replace("'", "''") + "'").update();
        for (Path old : backups(directory, database.name())) {
            LocalDate date = dateOf(old);
            if (date != null && date.isBefore(today.minusDays(keepDays - 1L))) {
                try {
                    Files.deleteIfExists(old);
                } catch (IOException e) {
                    LOG.warn("Cannot delete the old backup {}: {}", old, e.toString());
                }
            }
        }
        return zip;
    }

    /** The backups of the database called {@code name} in {@code directory}, oldest first. */
    static List<Path> backups(Path directory, String name) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> {
                Matcher m = DATED.matcher(f.getFileName().toString());
                return m.matches() && m.group(1).equals(name);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Optional<Path> latest(Path directory, String name) {
        List<Path> all = backups(directory, name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static LocalDate dateOf(Path backup) {
        Matcher m = DATED.matcher(backup.getFileName().toString());
        return m.matches() ? LocalDate.parse(m.group(2)) : null;
    }
}

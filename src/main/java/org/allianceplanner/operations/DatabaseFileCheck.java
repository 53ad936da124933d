package org.allianceplanner.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.allianceplanner.messages.Message;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything opens the embedded H2 file: a file cut to 0 bytes, or one H2 reports as corrupted,
 * stops the service with one sentence naming the file, the latest backup and the command that
 * restores it, instead of a long stack trace (or, for 0 bytes, silently starting empty).
 */
public class DatabaseFileCheck implements EnvironmentPostProcessor {

    /** H2's error codes for a file it cannot read as a database: corrupted, wrong format. */
    private static final java.util.Set<Integer> DAMAGE = java.util.Set.of(90030, 90048);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        Path backups = Path.of(environment.getProperty("alliance.backup.directory", "./data/backups"));
        H2File.of(url).flatMap(file -> check(url, file, environment.getProperty("spring.datasource.username", "sa"),
                environment.getProperty("spring.datasource.password", ""), backups)).ifPresent(sentence -> {
                    throw new DamagedDatabaseException(sentence);
                });
    }

    /** What is wrong with the database file, or empty when it is absent (a first start) or opens. */
    static Optional<Message> check(String url, H2File h2, String user, String password, Path backups) {
        Path file = h2.file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) == 0) {
                return Optional.of(damaged(h2, "database.damaged.empty", backups));
            }
        } catch (IOException e) {
            return Optional.of(damaged(h2, "database.damaged.unreadable", backups));
        }
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        // IFEXISTS: never create a database here; the check only opens what is there.
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", properties)) {
            return Optional.empty();
        } catch (SQLException e) {
            return DAMAGE.contains(e.getErrorCode()) ? Optional.of(damaged(h2, "database.damaged.corrupted", backups))
                    : Optional.empty();
        }
    }

    private static Message damaged(H2File h2, String code, Path backups) {
        Optional<Path> latest = DatabaseBackups.latest(backups, h2.name());
        String restore = latest.map(zip -> "unzip -o " + zip + " -d " + h2.file().toAbsolutePath().getParent())
                .orElse("-");
        return latest.isPresent()
                ? Message.of(code, h2.file().toAbsolutePath(), latest.get().toAbsolutePath(), restore)
                : Message.of(code + ".noBackup", h2.file().toAbsolutePath(), backups.toAbsolutePath());
    }
}

package org.allianceplanner.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged service as a real process ({@code java -jar target/…jar}), for the tests that kill it:
 * its output goes to target/it-logs, {@link #kill()} is SIGKILL (Process.destroyForcibly on Unix),
 * {@link #close()} makes sure nothing outlives the test.
 */
final class JarProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path workDir;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    JarProcess(String name, int port, Path workDir, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.workDir = workDir;
        this.arguments = List.copyOf(arguments);
        try {
            Path logs = Path.of("target", "it-logs");
            Files.createDirectories(logs);
            this.log = logs.resolve(name + ".log").toAbsolutePath();
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jar() {
        String configured = System.getProperty("alliance.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath();
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-sources.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No jar in target/: these tests run after package (mvn verify)"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    JarProcess start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(), "--server.port=" + port,
                org.allianceplanner.testing.TestCredentials.JAR_ARGUMENT));
        command.addAll(arguments);
        try {
            Files.writeString(log, "\n==== start " + String.join(" ", command) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the service answers; fails at once, with its log, if the process died. */
    JarProcess awaitReady(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        ApiClient api = api();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (api.get("/api/plans").status() == 200) {
                    return this;
                }
            } catch (RuntimeException e) {
                // Not listening yet.
            }
            ApiClient.sleep(300);
        }
        throw new AssertionError(name + " not ready in " + atMost + ":\n" + logTail());
    }

    /** SIGKILL: no shutdown hook runs, nothing is handed back, as in a crash. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }
}

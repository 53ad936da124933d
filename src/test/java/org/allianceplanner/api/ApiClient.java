package org.allianceplanner.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import org.allianceplanner.testing.TestCredentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to the running service over HTTP, the way curl or the web page does. */
final class ApiClient {

    record Response(int status, String contentType, String location, JsonNode json, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    /** A client with the tests' service token (an administrator). */
    ApiClient(int port) {
        this(port, TestCredentials.AUTHORIZATION);
    }

    /** A client sending this Authorization header (null: none). */
    ApiClient(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    Response patchJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/merge-patch+json"));
    }

    Response putJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    Response post(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Response postJson(String path, String body) {
        return post(path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
    }

    Response post(String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** Polls a plan's status until the condition holds, as a client polling every half second would. */
    JsonNode pollStatus(String id, Predicate<JsonNode> until, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        JsonNode status;
        do {
            status = get("/api/plans/" + id + "/status").json();
            if (until.test(status)) {
                return status;
            }
            sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Plan " + id + " did not reach the expected state in " + atMost + "; last: " + status);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = contentType.contains("json") && !response.body().isEmpty()
                    ? JSON.readTree(response.body()) : null;
            return new Response(response.statusCode(), contentType,
                    response.headers().firstValue("Location").orElse(null), json, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

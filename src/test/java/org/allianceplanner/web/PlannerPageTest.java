package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The page as files served by the service: everything it loads comes from the service (no CDN, no
 * online fonts or tiles), every module it imports exists, and every label it uses is in both the
 * Chinese and the English dictionary.
 */
// The same properties as the other tests of this service (one Spring context): no demo, and a
// 1 MB body limit that BadInputApiTest's 413 reaches quickly.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.api.max-body-size=1MB"})
class PlannerPageTest {

    private static final Path STATIC = Path.of("src", "main", "resources", "static");
    private static final Pattern EXTERNAL = Pattern.compile("(https?:)?//(?!www\\.w3\\.org/)[a-z0-9.-]+\\.[a-z]{2,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("(?:import|from)\\s*'(\\.[^']+)'");
    private static final Pattern LABEL_USE = Pattern.compile("\\bt\\('([a-zA-Z.]+)'|data-i18n(?:-title|-placeholder)?=\"([a-zA-Z.]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServiceServesThePageAtTheRootWithEveryFileItNeeds() throws Exception {
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(root.body()).contains("<html lang=\"zh-CN\">").contains("城市基层党建联合体规划")
                .contains("<script type=\"module\" src=\"js/main.js\"></script>");
        for (Path file : staticFiles()) {
            String path = "/" + STATIC.relativize(file).toString().replace('\\', '/');
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (path.endsWith(".js")) {
                assertThat(type).as(path).startsWith("text/javascript");
            } else if (path.endsWith(".css")) {
                assertThat(type).as(path).startsWith("text/css");
            }
        }
    }

    @Test
    void nothingIsFetchedFromOutsideTheService() throws IOException {
        for (Path file : staticFiles()) {
            String text = Files.readString(file);
            Matcher m = EXTERNAL.matcher(text);
            List<String> external = new java.util.ArrayList<>();
            while (m.find()) {
                external.add(m.group());
            }
            assertThat(external).as("%s refers outside the service", file).isEmpty();
            assertThat(text).as(file.toString()).doesNotContain("@import").doesNotContain("fonts.googleapis");
        }
    }

    @Test
    void everyImportedModuleExists() throws IOException {
        for (Path file : staticFiles()) {
            if (!file.toString().endsWith(".js")) {
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                assertThat(file.getParent().resolve(m.group(1)).normalize()).as("%s imports %s", file, m.group(1))
                        .exists();
            }
        }
    }

    @Test
    void everyLabelIsInBothLanguages() throws IOException {
        String dictionary = Files.readString(STATIC.resolve("js/i18n.js"));
        int english = dictionary.indexOf("\n  en: {");
        Set<String> zh = keys(dictionary.substring(0, english));
        Set<String> en = keys(dictionary.substring(english));
        assertThat(zh).isEqualTo(en);
        Set<String> used = new HashSet<>();
        for (Path file : staticFiles()) {
            Matcher m = LABEL_USE.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(zh).containsAll(used);
    }

    @Test
    void theConstraintCatalogGroupsConstraintsByPrinciple() throws Exception {
        JsonNode constraints = new ObjectMapper().readTree(get("/api/constraints").body());
        JsonNode home = null;
        for (JsonNode c : constraints) {
            if (c.get("name").asText().equals("homeCommunity")) {
                home = c;
            }
        }
        assertThat(home).isNotNull();
        assertThat(home.get("group").asText()).isEqualTo("LOCALITY");
        assertThat(home.get("groupZh").asText()).isEqualTo("属地优先");
        assertThat(home.get("groupEn").asText()).isEqualTo("locality first");
    }

    private static Set<String> keys(String part) {
        Set<String> keys = new HashSet<>();
        Matcher m = Pattern.compile("^\\s+'([a-zA-Z.]+)':", Pattern.MULTILINE).matcher(part);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static List<Path> staticFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", org.allianceplanner.testing.TestCredentials.AUTHORIZATION).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

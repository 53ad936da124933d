package org.allianceplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler mapping of the application, found at run time (so a new endpoint is covered the day
 * it is added): without credentials each answers 401 — except the sign-in page's own options — and an
 * API path answers it as problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.dataset=")
class EveryEndpointNeedsSignInTest {

    /** What anyone may call: the sign-in page reads how one may sign in. (Health is added with its endpoint.) */
    static final Set<String> OPEN = Set.of("GET /api/sign-in-options");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswers401WithoutCredentials() {
        Http anonymous = new Http(port);
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> notProblems = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "x");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    if (OPEN.contains(endpoint)) {
                        continue;
                    }
                    Http.Response response = anonymous.call(method.name(), path, null, false);
                    statuses.put(endpoint, response.status());
                    if (path.startsWith("/api/") && !response.contentType().startsWith("application/problem+json")) {
                        notProblems.add(endpoint);
                    }
                }
            }
        }
        assertThat(statuses).as("the scan finds the endpoints").hasSizeGreaterThan(40);
        assertThat(statuses).allSatisfy((endpoint, status) -> assertThat(status).as(endpoint).isEqualTo(401));
        assertThat(notProblems).isEmpty();
    }
}

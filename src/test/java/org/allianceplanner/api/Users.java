package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Makes users through the API (as the tests' administrator) and hands out a client with a token of theirs. */
final class Users {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Users() {
    }

    /** A new user with these roles and scopes (none: every scope); returns its Authorization header value. */
    static String create(ApiClient admin, String username, List<String> roles, List<String> scopes) {
        ObjectNode user = JSON.createObjectNode().put("username", username).put("password", "password-" + username);
        roles.forEach(user.putArray("roles")::add);
        ObjectNode withScopes = user;
        scopes.forEach(s -> withScopes.withArray("scopes").add(s));
        ApiClient.Response created = admin.postJson("/api/users", user.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response token = admin.postJson("/api/users/" + username + "/tokens", "{\"name\":\"test\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return "Bearer " + token.json().get("token").asText();
    }
}

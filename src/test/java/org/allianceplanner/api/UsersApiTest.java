package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Users over HTTP: created with roles and scopes (checked like every body), changed, disabled (their
 * tokens refused at once) and removed; passwords never come back. (The last administrator: SignInTest.)
 */
class UsersApiTest extends ScopeApiSupport {

    @Test
    void anAdministratorCreatesChangesDisablesAndRemovesUsers() {
        ApiClient admin = api;
        String name = "user-" + UUID.randomUUID().toString().substring(0, 6);
        ApiClient user = new ApiClient(port, Users.create(admin, name, List.of("VIEWER"), List.of("桂溪街道")));
        JsonNode me = user.get("/api/me").json();
        assertThat(me.get("roles").get(0).asText()).isEqualTo("VIEWER");
        assertThat(me.get("scopes").get(0).asText()).isEqualTo("桂溪街道");
        JsonNode listed = admin.get("/api/users/" + name).json();
        assertThat(listed.get("password").asBoolean()).isTrue();
        assertThat(listed.toString()).doesNotContain("password-" + name).doesNotContain("bcrypt");

        assertProblem(admin.postJson("/api/users", "{\"username\":\"" + name + "\",\"roles\":[\"VIEWER\"]}"), 409);
        assertThat(badFields(admin.postJson("/api/users",
                "{\"username\":\"a b\",\"password\":\"short\",\"roles\":[\"BOSS\"],\"scopes\":[\"\"]}")))
                .containsExactlyInAnyOrder("username", "password", "roles[0]", "scopes[0]");
        assertThat(badFields(admin.postJson("/api/users", "{\"username\":\"x\",\"roles\":[]}"))).containsExactly("roles");
        String longPassword = "密".repeat(25); // 25 characters, 75 UTF-8 bytes: more than BCrypt takes
        String longName = "名".repeat(201);
        assertThat(badFields(admin.postJson("/api/users", "{\"username\":\"long-" + name + "\",\"password\":\""
                + longPassword + "\",\"displayName\":\"" + longName + "\",\"roles\":[\"VIEWER\"]}")))
                .containsExactlyInAnyOrder("password", "displayName");
        assertThat(badFields(admin.patchJson("/api/users/" + name, "{\"password\":\"" + longPassword
                + "\",\"displayName\":\"" + longName + "\"}"))).containsExactlyInAnyOrder("password", "displayName");
        assertThat(admin.patchJson("/api/users/" + name, "{\"password\":\"" + "密".repeat(24) + "\",\"displayName\":\""
                + "名".repeat(200) + "\"}").status()).as("72 bytes and 200 characters are fine").isEqualTo(200);

        JsonNode changed = admin.patchJson("/api/users/" + name,
                "{\"roles\":[\"PLANNER\"],\"scopes\":[],\"displayName\":\"李明\"}").json();
        assertThat(changed.get("roles").get(0).asText()).isEqualTo("PLANNER");
        assertThat(changed.get("scopes")).isEmpty();
        assertThat(changed.get("displayName").asText()).isEqualTo("李明");
        assertThat(user.get("/api/me").json().get("roles").get(0).asText())
                .as("a token's user is read afresh on each request").isEqualTo("PLANNER");

        assertThat(admin.patchJson("/api/users/" + name, "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(user.get("/api/me").status()).as("a disabled user's token is refused").isEqualTo(401);

        assertThat(admin.delete("/api/users/" + name).status()).isEqualTo(200);
        assertProblem(admin.get("/api/users/" + name), 404);
    }
}

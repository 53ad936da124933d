package org.allianceplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceplanner.testing.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with the form, the session and its CSRF token; bearer tokens; the answers an API client
 * gets without them (401 problem+json, never a redirect); the page's redirect to the sign-in page;
 * lock-out after repeated failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.security.max-sign-in-failures=3"})
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditLog audit;

    @Test
    void anApiClientWithoutCredentialsGetsA401ProblemInBothLanguagesNeverARedirect() {
        Http.Response response = new Http(port).get("/api/plans");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("未登录 / Not signed in");
        assertThat(response.json().get("code").asText()).isEqualTo("error.notSignedIn.detail");
        assertThat(response.location()).isNull();
    }

    @Test
    void theBrowserIsSentToTheSignInPageWhichIsOpen() {
        Http browser = new Http(port);
        Http.Response page = browser.navigate("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/signin.html");
        assertThat(browser.get("/").status()).as("a script asking for the page gets 401, not a redirect").isEqualTo(401);
        Http.Response signIn = browser.get("/signin.html");
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.body()).contains("id=\"signin-form\"");
        assertThat(browser.get("/js/signin.js").status()).isEqualTo(200);
        assertThat(browser.get("/css/app.css").status()).isEqualTo(200);
        assertThat(browser.csrfCookie()).as("the CSRF cookie comes with the sign-in page").isNotBlank();
    }

    @Test
    void theFormSignsInAndTheSessionNeedsItsCsrfTokenForChanges() {
        Http browser = new Http(port);
        Http.Response signedIn = browser.signIn(TestCredentials.ADMIN_USER, TestCredentials.ADMIN_PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/");
        assertThat(browser.get("/").status()).isEqualTo(200);
        Http.Response me = browser.get("/api/me");
        assertThat(me.json().get("username").asText()).isEqualTo("admin");
        assertThat(me.json().get("roles").get(0).asText()).isEqualTo("ADMINISTRATOR");
        assertThat(me.json().has("displayName")).as("the first administrator has no display name").isFalse();

        String patch = "{\"name\":\"x\"}";
        Http.Response withoutCsrf = browser.call("PATCH", "/api/plans/nope", patch, false);
        assertThat(withoutCsrf.status()).as("a change with the session but without the CSRF token").isEqualTo(403);
        assertThat(withoutCsrf.json().get("code").asText()).isEqualTo("error.csrf.detail");
        assertThat(browser.call("PATCH", "/api/plans/nope", patch, true).status())
                .as("with the token the request goes through (to a plan that does not exist)").isEqualTo(404);

        Http.Response signOut = browser.call("POST", "/signout", null, true);
        assertThat(signOut.status()).isEqualTo(302);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void theSignInFormItselfNeedsTheCsrfToken() {
        Http browser = new Http(port);
        browser.get("/signin.html");
        Http.Response response = browser.form("/signin", java.util.Map.of("username", TestCredentials.ADMIN_USER,
                "password", TestCredentials.ADMIN_PASSWORD));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aBearerTokenIsAcceptedWithoutCsrfAndABadOneRefused() {
        Http script = new Http(port).bearer(TestCredentials.SERVICE_TOKEN);
        assertThat(script.get("/api/plans").status()).isEqualTo(200);
        assertThat(script.call("PATCH", "/api/plans/nope", "{\"name\":\"x\"}", false).status()).isEqualTo(404);
        Http.Response bad = new Http(port).bearer("apt_not-a-token").get("/api/plans");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.json().get("code").asText()).isEqualTo("error.badToken.detail");
    }

    @Test
    void repeatedFailuresLockTheUserOutForAWhile() {
        accounts.create("lockme", null, passwords.encode("right-password"), java.util.Set.of(Role.VIEWER),
                java.util.Set.of(), java.time.Instant.now());
        for (int i = 0; i < 3; i++) {
            Http.Response wrong = new Http(port).signIn("lockme", "wrong");
            assertThat(wrong.location()).endsWith("/signin.html?error");
        }
        Http.Response locked = new Http(port).signIn("lockme", "right-password");
        assertThat(locked.location()).as("even the right password is refused while locked").endsWith("/signin.html?locked");
        assertThat(accounts.find("lockme").orElseThrow().lockedUntil()).isAfter(java.time.Instant.now());
        assertThat(audit.find(new AuditLog.Filter("lockme", null, AuditKind.SIGN_IN_FAILURE, null, null, null, null, 10)))
                .extracting(AuditEntry::outcome).containsExactly("LOCKED", "REFUSED", "REFUSED", "REFUSED");
        Http.Response unknown = new Http(port).signIn("nobody-at-all", "x");
        assertThat(unknown.location()).endsWith("/signin.html?error");
        assertThat(audit.find(new AuditLog.Filter("nobody-at-all", null, null, null, null, null, null, 10)))
                .as("a failure for an unknown user is recorded too").hasSize(1);
    }
}

package org.allianceplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on configured by properties only (the README's example, with the provider's endpoints
 * written out so that nothing is fetched): the configuration loads, the sign-in page offers it, and
 * its link sends the browser to the provider; roles are read from the claim in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "alliance.demo.dataset=",
        "spring.security.oauth2.client.registration.corp.client-id=alliance-planner",
        "spring.security.oauth2.client.registration.corp.client-secret=secret",
        "spring.security.oauth2.client.registration.corp.scope=openid,profile",
        "spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.corp.authorization-uri=https://sso.example.gov.cn/auth",
        "spring.security.oauth2.client.provider.corp.token-uri=https://sso.example.gov.cn/token",
        "spring.security.oauth2.client.provider.corp.jwk-set-uri=https://sso.example.gov.cn/certs",
        "spring.security.oauth2.client.provider.corp.user-info-uri=https://sso.example.gov.cn/userinfo",
        "spring.security.oauth2.client.provider.corp.user-name-attribute=preferred_username",
        "alliance.security.oidc-role-claim=alliance_roles"})
class OidcSignInTest {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageOffersSingleSignOnAndItsLinkGoesToTheProvider() {
        Http browser = new Http(port);
        assertThat(browser.get("/api/sign-in-options").json().get("oidc").asText()).isEqualTo("/oauth2/authorization/corp");
        Http.Response start = browser.navigate("/oauth2/authorization/corp");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).startsWith("https://sso.example.gov.cn/auth?")
                .contains("client_id=alliance-planner").contains("scope=openid%20profile")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/corp");
    }

    @Test
    void rolesAreReadFromTheClaimByEnglishOrChineseName() {
        assertThat(OidcAccounts.roles(List.of("规划员", "approver", "unknown")))
                .containsExactlyInAnyOrder(Role.PLANNER, Role.APPROVER);
        assertThat(OidcAccounts.roles(List.of())).isEmpty();
    }
}

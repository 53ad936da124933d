package org.allianceplanner.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on as an option: when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}), OpenID Connect sign-in is switched on next to
 * the form, mapping roles and scopes from claims ({@link OidcAccounts}).
 */
@Component
class OidcSignIn {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final Accounts accounts;
    private final SecuritySettings settings;

    OidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations, Accounts accounts, SecuritySettings settings) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.settings = settings;
    }

    boolean enabled() {
        return registrations.getIfAvailable() != null;
    }

    /** The link that starts single sign-on with the first configured registration, or null. */
    String link() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> iterable) {
            for (Object registration : iterable) {
                if (registration instanceof ClientRegistration r) {
                    return "/oauth2/authorization/" + r.getRegistrationId();
                }
            }
        }
        return null;
    }

    void configure(HttpSecurity http) throws Exception {
        if (!enabled()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage(SecurityConfiguration.SIGN_IN_PAGE).defaultSuccessUrl("/", true)
                .failureUrl(SecurityConfiguration.SIGN_IN_PAGE + "?error")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccounts(accounts, settings))));
    }
}

package org.allianceplanner.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on as an option: when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}), OpenID Connect sign-in is switched on next to
 * the form.
 */
@Component
class OidcSignIn {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    OidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
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
        http.oauth2Login(login -> login.loginPage(SecurityConfiguration.SIGN_IN_PAGE).defaultSuccessUrl("/", true));
    }
}

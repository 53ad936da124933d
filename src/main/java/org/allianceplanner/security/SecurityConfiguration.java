package org.allianceplanner.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring Security for the service: form sign-in on the page's own sign-in page with a session and
 * CSRF protection (the token in the XSRF-TOKEN cookie, sent back by the page as X-XSRF-TOKEN), or a
 * bearer token per request for scripts; access decided by {@link AccessRules} alone (deny by default);
 * every refusal of an API call as problem+json, never a redirect.
 */
@Configuration
@EnableConfigurationProperties({SecuritySettings.class, AdminSettings.class})
class SecurityConfiguration {

    static final String SIGN_IN_PAGE = "/signin.html";

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
    }

    /** BCrypt by default, in the {id}hash form so another encoder can take over later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return new AccountDetailsService(accounts, Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, AuditLog audit, ObjectMapper json,
            RoleHierarchy hierarchy, OidcSignIn oidc, CurrentUsers users) throws Exception {
        ProblemWriter problems = new ProblemWriter(json);
        // An API client (any /api/ path, or anything not asking for a web page) gets 401, a browser the sign-in page.
        RequestMatcher api = request -> AccessRules.pathOf(request).startsWith("/api/")
                || request.getHeader("Accept") == null || !request.getHeader("Accept").contains("text/html");

        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(api, problems);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE));

        http.authorizeHttpRequests(authorize -> authorize.anyRequest().access(new RulesAuthorizationManager(hierarchy)))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CookieTokenHandler())
                        // Only a browser's session (and the sign-in form) can be forged; a bearer token is
                        // never sent by a browser on its own, and without either a change is refused anyway (401).
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .formLogin(form -> form.loginPage(SIGN_IN_PAGE).loginProcessingUrl("/signin")
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + SIGN_IN_PAGE + (e instanceof LockedException ? "?locked" : "?error"))))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl(SIGN_IN_PAGE + "?signedOut"))
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems))
                .addFilterBefore(new TokenAuthenticationFilter(accounts, problems, Clock.systemUTC()),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AuditFilter(audit, Clock.systemUTC()), ExceptionTranslationFilter.class)
                .addFilterAfter(new ScopeFilter(users, audit, problems), AuthorizationFilter.class);
        oidc.configure(http);
        return http.build();
    }

    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod()) || TokenAuthenticationFilter.hasBearer(request)) {
            return false;
        }
        String path = AccessRules.pathOf(request);
        return request.getSession(false) != null || path.equals("/signin") || path.equals("/signout");
    }

    /**
     * The CSRF token as the page reads it: the raw value of the XSRF-TOKEN cookie, sent back in the
     * X-XSRF-TOKEN header (fetch) or the _csrf field (the sign-in form). The token is loaded on every
     * request so that the cookie is there before the first POST.
     */
    static final class CookieTokenHandler implements CsrfTokenRequestHandler {

        private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            plain.handle(request, response, token);
            token.get();
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            return plain.resolveCsrfTokenValue(request, token);
        }
    }
}

package org.allianceplanner.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * At start-up: with no user at all, creates the first administrator ({@code alliance.admin.username},
 * "admin") with the password of {@code ALLIANCE_ADMIN_PASSWORD}, or a random one printed once to the
 * log. When {@code alliance.security.bootstrap-token} is set, makes sure its service account holds it.
 */
@Component
class FirstAdministrator implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final AdminSettings admin;
    private final SecuritySettings settings;
    private final PasswordEncoder passwords;

    FirstAdministrator(Accounts accounts, AdminSettings admin, SecuritySettings settings, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.admin = admin;
        this.settings = settings;
        this.passwords = passwords;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            createMissing();
        } catch (DuplicateKeyException e) {
            // Another instance on the same database (PostgreSQL) created them at the same moment.
            LOG.info("The first administrator or the bootstrap token was created by another instance");
        }
    }

    private void createMissing() {
        if (accounts.count() == 0) {
            String password = admin.password();
            boolean generated = password == null || password.isBlank();
            if (generated) {
                byte[] bytes = new byte[15];
                new SecureRandom().nextBytes(bytes);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            // No display name: the page shows the username, the same in both languages.
            accounts.create(admin.username(), null, passwords.encode(password), EnumSet.of(Role.ADMINISTRATOR), Set.of(),
                    Instant.now());
            if (generated) {
                LOG.warn("\n\n    First administrator created — 已创建首位管理员:  user/用户名 {}  password/密码 {}\n"
                        + "    (shown once; set ALLIANCE_ADMIN_PASSWORD to choose it / 仅显示一次，可用 ALLIANCE_ADMIN_PASSWORD 指定)\n",
                        admin.username(), password);
            } else {
                LOG.info("First administrator \"{}\" created with the password of ALLIANCE_ADMIN_PASSWORD", admin.username());
            }
        }
        String token = settings.bootstrapToken();
        if (token != null && !token.isBlank()) {
            Account service = accounts.find(settings.bootstrapUser()).orElseGet(() -> accounts.create(
                    settings.bootstrapUser(), null, null, EnumSet.of(Role.ADMINISTRATOR), Set.of(), Instant.now()));
            accounts.storeToken(service, "bootstrap", token.strip(), Instant.now());
        }
    }
}

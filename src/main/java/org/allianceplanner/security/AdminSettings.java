package org.allianceplanner.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.admin.*}: the first administrator, created on a start with no user at all. Its
 * password comes from {@code ALLIANCE_ADMIN_PASSWORD} (alliance.admin.password), else a random one is
 * printed once to the log.
 */
@ConfigurationProperties("alliance.admin")
public record AdminSettings(@DefaultValue("admin") String username, String password) {
}

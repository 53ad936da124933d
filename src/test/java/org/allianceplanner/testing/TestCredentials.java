package org.allianceplanner.testing;

/**
 * How the tests sign in, matching src/test/resources/config/application.properties: the first
 * administrator's username and password (the browser tests sign in through the real form), and the
 * bootstrap service token (an administrator) that HTTP clients send as {@code Authorization}.
 * The *IT tests pass the same token to the jar with {@link #JAR_ARGUMENT}.
 */
public final class TestCredentials {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String SERVICE_TOKEN = "test-service-token-0123456789abcdef";
    /** The value of the Authorization header for the service token. */
    public static final String AUTHORIZATION = "Bearer " + SERVICE_TOKEN;
    /** The command-line argument that gives a started jar the same service token. */
    public static final String JAR_ARGUMENT = "--alliance.security.bootstrap-token=" + SERVICE_TOKEN;

    private TestCredentials() {
    }
}

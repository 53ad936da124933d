package org.allianceplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fresh start without ALLIANCE_ADMIN_PASSWORD: the first administrator gets a random password,
 * printed once to the log, with which one signs in; it has no display name (the page shows "admin").
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.admin.password="})
class FirstAdministratorTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void theRandomPasswordIsPrintedOnceAndSignsIn(CapturedOutput output) {
        Matcher printed = Pattern.compile("user/用户名 admin  password/密码 (\\S+)").matcher(output.getAll());
        assertThat(printed.find()).as(output.getAll()).isTrue();
        assertThat(printed.find()).as("printed once").isFalse();
        printed.reset().find();
        Http.Response signedIn = new Http(port).signIn("admin", printed.group(1));
        assertThat(signedIn.location()).endsWith("/");
        Account admin = accounts.find("admin").orElseThrow();
        assertThat(admin.displayName()).isNull();
        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
    }
}

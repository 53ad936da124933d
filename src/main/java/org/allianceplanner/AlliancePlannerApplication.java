package org.allianceplanner;

import org.allianceplanner.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar, two faces: with a command ({@code solve}, {@code generate}, …) it is a command-line tool
 * that drives the same solver without starting Spring; without one it is the web service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlliancePlannerApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(AlliancePlannerApplication.class, args);
    }
}

package org.allianceplanner.operations;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file of an embedded H2 database named by a JDBC URL such as
 * {@code jdbc:h2:file:./data/alliance-planner;WRITE_DELAY=0}: {@code ./data/alliance-planner.mv.db}.
 * Empty for any other database (in memory, a server, PostgreSQL).
 */
record H2File(Path base) {

    static Optional<H2File> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String rest;
        if (url.startsWith("jdbc:h2:file:")) {
            rest = url.substring("jdbc:h2:file:".length());
        } else if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:") && !url.startsWith("jdbc:h2:zip:")) {
            rest = url.substring("jdbc:h2:".length());
        } else {
            return Optional.empty();
        }
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        return Optional.of(new H2File(Path.of(name)));
    }

    /** The database file itself. */
    Path file() {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** The database's name, as its backups are named: alliance-planner-2026-11-29.zip. */
    String name() {
        return base.getFileName().toString();
    }
}

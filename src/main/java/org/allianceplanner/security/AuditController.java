package org.allianceplanner.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.api.Caller;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators and approvers, newest first, filtered by user, scope, kind,
 * plan, outcome and time ({@code from} inclusive, {@code to} exclusive, ISO 8601). A scope-limited
 * approver sees the rows of their scopes only.
 */
@RestController
class AuditController {

    private final AuditLog audit;
    private final Caller caller;

    AuditController(AuditLog audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> find(@RequestParam(required = false) String user, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        AuditKind parsedKind = null;
        if (blank(kind) == null) {
            parsedKind = null;
        } else {
            try {
                parsedKind = AuditKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("kind", "audit.badKind", kind));
            }
        }
        Instant fromTime = time("from", from, problems);
        Instant toTime = time("to", to, problems);
        int max = 500;
        if (blank(limit) != null) {
            try {
                max = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > 5000) {
                problems.add(FieldProblem.of("limit", "audit.badLimit"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return audit.find(new AuditLog.Filter(blank(user), blank(scope), parsedKind, blank(plan), blank(outcome),
                        fromTime, toTime, max)).stream()
                .filter(row -> caller.mayAccess(row.scope()))
                .toList();
    }

    private static Instant time(String field, String text, List<FieldProblem> problems) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "audit.badTime"));
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

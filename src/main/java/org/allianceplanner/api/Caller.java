package org.allianceplanner.api;

import java.util.Collection;
import java.util.List;

import org.allianceplanner.messages.NotAllowedException;

/**
 * The user of the current request as the features see it (implemented by the security package): a
 * name for the record (master-data revisions, adoptions) and the scopes they may see and change. A
 * request of the service itself (the scheduled rebalancing) has no name and every scope.
 */
public interface Caller {

    /** The username, or null for the service itself. */
    String name();

    /** Whether the caller may see and change the plans and master data of this scope. */
    boolean mayAccess(String scope);

    /** 403 unless the caller may access the scope. */
    default void checkScope(String scope) {
        if (!mayAccess(scope)) {
            throw NotAllowedException.scope(scope);
        }
    }

    /** Those of the items whose scope the caller may access. */
    default <T> List<T> visible(Collection<T> items, java.util.function.Function<T, String> scopeOf) {
        return items.stream().filter(item -> mayAccess(scopeOf.apply(item))).toList();
    }

    /** Everyone, every scope: for code that runs outside a request, and tests without security. */
    Caller SERVICE = new Caller() {
        @Override
        public String name() {
            return null;
        }

        @Override
        public boolean mayAccess(String scope) {
            return true;
        }
    };
}

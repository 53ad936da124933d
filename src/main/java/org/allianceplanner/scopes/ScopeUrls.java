package org.allianceplanner.scopes;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** Where a scope lives in the API; the scope name is percent-encoded as one path segment. */
public final class ScopeUrls {

    private ScopeUrls() {
    }

    public static String of(String scope) {
        return "/api/scopes/" + UriUtils.encodePathSegment(scope, StandardCharsets.UTF_8);
    }
}

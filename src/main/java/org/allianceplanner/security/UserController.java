package org.allianceplanner.security;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.api.JsonBody;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Users and their tokens. Administrators create, change and remove users (roles, scopes, password)
 * and their tokens; everyone creates and revokes their own personal tokens. A token's secret is in
 * the answer that creates it and nowhere else.
 */
@RestController
class UserController {

    /** A user as listed: never the password, only whether there is one. */
    record UserView(String username, String displayName, List<Role> roles, List<String> scopes, boolean enabled,
            boolean password, Instant lockedUntil, Instant createdAt) {

        static UserView of(Account a) {
            return new UserView(a.username(), a.displayName(), a.roles().stream().sorted().toList(),
                    a.scopes().stream().sorted().toList(), a.enabled(), a.passwordHash() != null,
                    a.lockedUntil(), a.createdAt());
        }
    }

    /** A new user; no password: a service account that uses tokens only. */
    record NewUser(String username, String displayName, String password, List<String> roles, List<String> scopes) {
    }

    /** A change of a user; absent fields stay as they are. */
    record UserChange(String displayName, String password, List<String> roles, List<String> scopes, Boolean enabled) {
    }

    record NewToken(String name) {
    }

    /** A created token: {@code token} is the secret, shown this once. */
    record CreatedToken(long id, String name, String token, Instant createdAt) {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SecuritySettings settings;
    private final CurrentUsers users;

    UserController(Accounts accounts, PasswordEncoder passwords, SecuritySettings settings, CurrentUsers users) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
        this.users = users;
    }

    @GetMapping("/api/users")
    List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @GetMapping("/api/users/{username}")
    UserView get(@PathVariable String username) {
        return UserView.of(account(username));
    }

    @PostMapping(value = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserView> create(@JsonBody Parsed<NewUser> body) {
        List<Role> roles = new ArrayList<>();
        NewUser user = JsonInput.checked(body, u -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (u.username() == null || !u.username().strip().matches("[\\p{L}\\p{N}._@-]{1,100}")) {
                problems.add(FieldProblem.of("username", "user.badUsername"));
            }
            checkPassword(u.password(), problems);
            checkRoles(u.roles(), roles, problems, true);
            checkScopes(u.scopes(), problems);
            return problems;
        });
        String username = user.username().strip();
        if (accounts.find(username).isPresent()) {
            throw ConflictException.of("userExists", username);
        }
        Account created = accounts.create(username, blankToNull(user.displayName()),
                user.password() == null ? null : passwords.encode(user.password()), roles,
                user.scopes() == null ? List.of() : strip(user.scopes()), Instant.now());
        return ResponseEntity.created(URI.create("/api/users/" + UriUtils.encodePathSegment(username, "UTF-8")))
                .body(UserView.of(created));
    }

    @PatchMapping(value = "/api/users/{username}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    UserView change(@PathVariable String username, @JsonBody Parsed<UserChange> body) {
        Account account = account(username);
        List<Role> roles = new ArrayList<>();
        UserChange change = JsonInput.checked(body, c -> {
            List<FieldProblem> problems = new ArrayList<>();
            checkPassword(c.password(), problems);
            if (c.roles() != null) {
                checkRoles(c.roles(), roles, problems, true);
            }
            checkScopes(c.scopes(), problems);
            return problems;
        });
        boolean staysAdministrator = (change.roles() == null ? account.roles().contains(Role.ADMINISTRATOR)
                : roles.contains(Role.ADMINISTRATOR)) && (change.enabled() == null ? account.enabled() : change.enabled());
        if (!staysAdministrator) {
            keepAnAdministrator(account);
        }
        accounts.update(account.id(), blankToNull(change.displayName()), change.displayName() != null,
                change.password() == null ? null : passwords.encode(change.password()), change.enabled(),
                change.roles() == null ? null : roles, change.scopes() == null ? null : strip(change.scopes()));
        return UserView.of(account(username));
    }

    @DeleteMapping("/api/users/{username}")
    UserView delete(@PathVariable String username) {
        Account account = account(username);
        keepAnAdministrator(account);
        accounts.delete(account.id());
        return UserView.of(account);
    }

    @GetMapping("/api/users/{username}/tokens")
    List<AccessToken> tokensOf(@PathVariable String username) {
        return accounts.tokens(account(username).username());
    }

    /** A service token for a user (a service account, say), created by an administrator. */
    @PostMapping(value = "/api/users/{username}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedToken> createTokenFor(@PathVariable String username, @JsonBody Parsed<NewToken> body) {
        return created(account(username), body);
    }

    @DeleteMapping("/api/users/{username}/tokens/{tokenId}")
    AccessToken revokeOf(@PathVariable String username, @PathVariable String tokenId) {
        return revoke(account(username), tokenId);
    }

    @GetMapping("/api/me/tokens")
    List<AccessToken> myTokens(Authentication authentication) {
        return accounts.tokens(me(authentication).username());
    }

    @PostMapping(value = "/api/me/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedToken> createMine(Authentication authentication, @JsonBody Parsed<NewToken> body) {
        return created(me(authentication), body);
    }

    @DeleteMapping("/api/me/tokens/{tokenId}")
    AccessToken revokeMine(Authentication authentication, @PathVariable String tokenId) {
        return revoke(me(authentication), tokenId);
    }

    private ResponseEntity<CreatedToken> created(Account owner, Parsed<NewToken> body) {
        NewToken request = JsonInput.checked(body, t -> t.name() == null || t.name().isBlank()
                || t.name().strip().length() > 100 ? List.of(FieldProblem.of("name", "token.badName")) : List.of());
        Accounts.NewToken token = accounts.createToken(owner, request.name().strip(), Instant.now());
        return ResponseEntity.created(URI.create("/api/users/" + UriUtils.encodePathSegment(owner.username(), "UTF-8")
                        + "/tokens/" + token.token().id()))
                .body(new CreatedToken(token.token().id(), token.token().name(), token.secret(), token.token().createdAt()));
    }

    private AccessToken revoke(Account owner, String tokenId) {
        long id;
        try {
            id = Long.parseLong(tokenId);
        } catch (NumberFormatException e) {
            throw NotFoundException.token(tokenId);
        }
        AccessToken token = accounts.token(id).filter(t -> t.username().equals(owner.username()))
                .orElseThrow(() -> NotFoundException.token(tokenId));
        accounts.revoke(id, Instant.now());
        return accounts.token(id).orElse(token);
    }

    private Account me(Authentication authentication) {
        Principal p = users.principal(authentication);
        return account(p.getUsername());
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> NotFoundException.user(username));
    }

    /** Refuses to remove, disable or demote the last enabled administrator. */
    private void keepAnAdministrator(Account leaving) {
        boolean another = accounts.list().stream().anyMatch(a -> a.id() != leaving.id() && a.enabled()
                && a.roles().contains(Role.ADMINISTRATOR));
        if (!another && leaving.roles().contains(Role.ADMINISTRATOR)) {
            throw ConflictException.of("lastAdministrator");
        }
    }

    private void checkPassword(String password, List<FieldProblem> problems) {
        if (password != null && password.length() < settings.minPasswordLength()) {
            problems.add(FieldProblem.of("password", "user.badPassword", settings.minPasswordLength()));
        }
    }

    private static void checkRoles(List<String> names, List<Role> roles, List<FieldProblem> problems, boolean needOne) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                int index = i;
                Role.parse(name).ifPresentOrElse(parsed::add, () -> problems.add(
                        FieldProblem.of("roles[" + index + "]", "user.badRole", name)));
            }
        }
        if (needOne && parsed.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("roles"))) {
            problems.add(FieldProblem.of("roles", "user.noRole"));
        }
        roles.addAll(parsed);
    }

    private static void checkScopes(List<String> scopes, List<FieldProblem> problems) {
        if (scopes == null) {
            return;
        }
        for (int i = 0; i < scopes.size(); i++) {
            String scope = scopes.get(i);
            if (scope == null || scope.isBlank() || scope.strip().length() > 100) {
                problems.add(FieldProblem.of("scopes[" + i + "]", "user.badScope"));
            }
        }
    }

    private static List<String> strip(List<String> scopes) {
        return new ArrayList<>(new LinkedHashSet<>(scopes.stream().map(String::strip).toList()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

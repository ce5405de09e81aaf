package dev.ticketing.gateway.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.ticketing.gateway.edge.Inputs;
import dev.ticketing.gateway.token.RefreshTokens;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.web.ETags;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Account administration: every change commits together with its identity event (outbox). */
@ApplicationScoped
public class UserAdmin {

    public static final Set<String> USER_ROLES = Set.of(Roles.REQUESTER, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.ADMIN);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LOCALE = Pattern.compile("(fr|en)(-[A-Z]{2})?");
    private static final Map<String, String> SORTS = Map.of("username", "username", "displayName", "displayName",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    /** The body of a create request. */
    public record NewUser(String username, String displayName, String email, String password, Set<String> roles,
            String team, String locale) {
    }

    private final UserRepository users;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final UserEvents events;
    private final RefreshTokens refreshTokens;
    private final LoginAttempts attempts;

    UserAdmin(UserRepository users, Passwords passwords, PasswordPolicy policy, UserEvents events,
            RefreshTokens refreshTokens, LoginAttempts attempts) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
        this.refreshTokens = refreshTokens;
        this.attempts = attempts;
    }

    @Transactional
    public AppUser create(NewUser body) {
        if (body == null) {
            throw ApiProblem.badRequest("body", "is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.username() == null || !USERNAME.matcher(body.username()).matches()) {
            errors.add(new Problem.FieldError("username", "must be 2 to 100 letters, digits or . _ @ -"));
        }
        String displayName = trimToNull(body.displayName());
        if (displayName == null || displayName.length() > 200) {
            errors.add(new Problem.FieldError("displayName", "must not be blank, at most 200 characters"));
        }
        validateEmail(body.email(), errors);
        Set<String> roles = validateRoles(body.roles(), errors);
        validateLocale(body.locale(), errors);
        validateTeam(body.team(), errors);
        if (body.password() == null || body.password().isEmpty()) {
            errors.add(new Problem.FieldError("password", "must not be blank"));
        }
        failOn(errors);
        policy.check("password", body.password(), body.username());
        if (users.findByUsername(body.username()).isPresent()) {
            throw ApiProblem.conflict("duplicate-username", "Username taken",
                    "A user named " + body.username() + " already exists");
        }
        AppUser user = new AppUser(UUID.randomUUID().toString(), body.username(), displayName,
                trimToNull(body.email()), body.locale() == null ? "fr-FR" : body.locale(), trimToNull(body.team()),
                roles, passwords.hash(body.password()));
        users.persist(user);
        try {
            users.flush(); // a concurrent create of the same username fails here, on the unique key
        } catch (jakarta.persistence.PersistenceException e) {
            if (Inputs.isDuplicateKey(e)) {
                throw ApiProblem.conflict("duplicate-username", "Username taken",
                        "A user named " + body.username() + " already exists");
            }
            throw e;
        }
        events.created(user);
        Log.infof("User %s created", user.id());
        return user;
    }

    public Page<AppUser> list(PageParams page, String roleFilter, String q, String enabledFilter) {
        Inputs.checkPage(page);
        String role = Inputs.oneOf("role", roleFilter, USER_ROLES);
        Boolean enabled = Inputs.strictBoolean("enabled", enabledFilter);
        if (q != null && q.length() > 200) {
            throw ApiProblem.badRequest("q", "must be at most 200 characters");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (role != null && !role.isBlank()) {
            where.append(" and concat(',', roles, ',') like :role");
            params.and("role", "%," + role.trim() + ",%");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(username) like :q or lower(displayName) like :q or lower(email) like :q)");
            params.and("q", "%" + q.trim().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (enabled != null) {
            where.append(" and enabled = :enabled");
            params.and("enabled", enabled);
        }
        Sort sort = Paging.sort(page.sort, SORTS, Sort.by("username")).and("id");
        PanacheQuery<AppUser> query = users.find(where.toString(), sort, params).page(page.page, page.size);
        return new Page<>(query.list(), query.count(), page.page, page.size);
    }

    public AppUser get(String id) {
        return users.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("User", id));
    }

    /** JSON merge patch of displayName, email, roles, team, locale, enabled, after the If-Match check. */
    @Transactional
    public AppUser patch(String id, String ifMatch, JsonNode patch) {
        AppUser user = get(id);
        checkVersion(user, ifMatch, true);
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.badRequest("body", "must be a JSON object");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!Set.of("displayName", "email", "roles", "team", "locale", "enabled").contains(name)) {
                unknown.add(name);
            }
        });
        for (String name : unknown) {
            errors.add(new Problem.FieldError(name, "cannot be changed here"));
        }
        boolean wasEnabled = user.enabled();
        boolean wasAdmin = user.hasRole(Roles.ADMIN) && user.enabled();
        boolean changed = false;
        if (patch.has("displayName")) {
            String value = patch.get("displayName").isTextual() ? trimToNull(patch.get("displayName").asText()) : null;
            if (value == null || value.length() > 200) {
                errors.add(new Problem.FieldError("displayName", "must not be blank, at most 200 characters"));
            } else if (!value.equals(user.displayName())) {
                user.displayName(value);
                changed = true;
            }
        }
        if (patch.has("email")) {
            String value = patch.get("email").isNull() ? null : trimToNull(patch.get("email").asText());
            validateEmail(value, errors);
            if (!Objects.equals(value, user.email())) {
                user.email(value);
                changed = true;
            }
        }
        if (patch.has("team")) {
            String value = patch.get("team").isNull() ? null : trimToNull(patch.get("team").asText());
            validateTeam(value, errors);
            if (!Objects.equals(value, user.team())) {
                user.team(value);
                changed = true;
            }
        }
        if (patch.has("locale")) {
            String value = patch.get("locale").isNull() ? null : patch.get("locale").asText();
            if (value == null) {
                errors.add(new Problem.FieldError("locale", "must be fr or en (optionally with a region)"));
            } else {
                validateLocale(value, errors);
                if (!value.equals(user.locale())) {
                    user.locale(value);
                    changed = true;
                }
            }
        }
        if (patch.has("roles")) {
            Set<String> roles = new LinkedHashSet<>();
            if (!patch.get("roles").isArray()) {
                errors.add(new Problem.FieldError("roles", "must be an array of role names"));
            } else {
                for (JsonNode r : patch.get("roles")) {
                    if (!r.isTextual()) {
                        errors.add(new Problem.FieldError("roles", "must contain role names only"));
                    } else {
                        roles.add(r.asText());
                    }
                }
            }
            Set<String> valid = validateRoles(roles, errors);
            if (!valid.equals(user.roles())) {
                user.roles(valid);
                changed = true;
            }
        }
        boolean disable = false;
        boolean reenable = false;
        if (patch.has("enabled")) {
            if (!patch.get("enabled").isBoolean()) {
                errors.add(new Problem.FieldError("enabled", "must be true or false"));
            } else {
                boolean value = patch.get("enabled").asBoolean();
                disable = wasEnabled && !value;
                reenable = !wasEnabled && value;
                user.enabled(value);
            }
        }
        failOn(errors);
        boolean stillAdmin = user.hasRole(Roles.ADMIN) && user.enabled();
        if (wasAdmin && !stillAdmin) {
            requireAnotherAdmin(user);
        }
        if (changed || disable || reenable) {
            user.touch();
            users.flush(); // bumps the version now, so the events and the ETag agree
        }
        if (changed || reenable) {
            events.updated(user);
        }
        if (reenable) {
            attempts.unlock(user.id());
        }
        if (disable) {
            events.disabled(user);
            refreshTokens.revokeAllOf(user.id());
        }
        return user;
    }

    /** Disables (never deletes) the account; already disabled: nothing happens. */
    @Transactional
    public AppUser disable(String id, String ifMatch) {
        AppUser user = get(id);
        checkVersion(user, ifMatch, false);
        if (!user.enabled()) {
            return user;
        }
        if (user.hasRole(Roles.ADMIN)) {
            requireAnotherAdmin(user);
        }
        user.enabled(false);
        user.touch();
        users.flush();
        events.disabled(user);
        refreshTokens.revokeAllOf(user.id());
        Log.infof("User %s disabled", user.id());
        return user;
    }

    /** The caller changes their own password; every refresh token of theirs stops working. */
    @Transactional(dontRollbackOn = ApiProblem.class)
    public void changeOwnPassword(String userId, String currentPassword, String newPassword) {
        AppUser user = users.findByIdOptional(userId).filter(AppUser::enabled)
                .orElseThrow(() -> new ApiProblem(404, "not-found", "No local account",
                        "The caller has no password account at this gateway"));
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            attempts.failed(user.id());
            throw new ApiProblem(400, "wrong-password", "Wrong current password",
                    "currentPassword does not match", List.of(new Problem.FieldError("currentPassword",
                            "does not match")), Map.of());
        }
        if (newPassword == null || newPassword.isEmpty()) {
            throw ApiProblem.badRequest("newPassword", "must not be blank");
        }
        policy.check("newPassword", newPassword, user.username());
        if (newPassword.equals(currentPassword)) {
            throw new ApiProblem(422, "password-policy", "Password does not meet the policy",
                    "newPassword must differ from the current password (rule not-reused)",
                    List.of(new Problem.FieldError("newPassword", "must differ from the current password")),
                    Map.of("rules", List.of("not-reused")));
        }
        user.passwordHash(passwords.hash(newPassword));
        user.touch();
        refreshTokens.revokeAllOf(user.id());
        Log.infof("User %s changed their password", user.id());
    }

    private static void checkVersion(AppUser user, String ifMatch, boolean required) {
        ETags.check(ifMatch, user.version(), required);
    }

    private void requireAnotherAdmin(AppUser user) {
        long others = users.count("enabled = true and id <> ?1 and concat(',', roles, ',') like ?2", user.id(),
                "%," + Roles.ADMIN + ",%");
        if (others == 0) {
            throw ApiProblem.conflict("last-admin", "Last administrator",
                    "The last enabled administrator cannot be disabled or lose the admin role");
        }
    }

    private static Set<String> validateRoles(Set<String> roles, List<Problem.FieldError> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(new Problem.FieldError("roles", "must name at least one of " + sortedRoles()));
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String role : roles) {
            if (role == null) {
                errors.add(new Problem.FieldError("roles", "must not contain null"));
            } else if (!USER_ROLES.contains(role)) {
                errors.add(new Problem.FieldError("roles", "unknown role " + role + "; allowed: " + sortedRoles()));
            } else {
                result.add(role);
            }
        }
        return result;
    }

    private static String sortedRoles() {
        return String.join(", ", USER_ROLES.stream().sorted().toList());
    }

    private static void validateEmail(String email, List<Problem.FieldError> errors) {
        if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email.trim()).matches())) {
            errors.add(new Problem.FieldError("email", "must be an e-mail address"));
        }
    }

    private static void validateLocale(String locale, List<Problem.FieldError> errors) {
        if (locale != null && !LOCALE.matcher(locale).matches()) {
            errors.add(new Problem.FieldError("locale", "must be fr or en (optionally with a region, e.g. fr-FR)"));
        }
    }

    private static void validateTeam(String team, List<Problem.FieldError> errors) {
        if (team != null && team.length() > 100) {
            errors.add(new Problem.FieldError("team", "must be at most 100 characters"));
        }
    }

    private static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "validation", "Invalid input",
                    errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                            : errors.size() + " fields are invalid",
                    errors, Map.of());
        }
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

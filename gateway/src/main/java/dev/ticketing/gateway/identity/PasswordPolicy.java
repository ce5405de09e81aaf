package dev.ticketing.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;

/**
 * The password rules: at least {@code ticketing.password.min-length} characters (12), at most 72 bytes (bcrypt's
 * limit), not containing the username, characters of at least two classes (lower case, upper case, digits, other),
 * and not a well-known password. A violation answers 422 {@code password-policy} naming every broken rule.
 */
@ApplicationScoped
public class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "azertyuiop12",
            "qwertyuiop12", "motdepasse12", "passwordpassword", "administrator1", "changeme1234", "welcome12345",
            "iloveyou1234", "letmein12345", "000000000000", "111111111111");

    private final int minLength;

    PasswordPolicy(@ConfigProperty(name = "ticketing.password.min-length", defaultValue = "12") int minLength) {
        this.minLength = minLength;
    }

    /** The broken rules as {rule id, message}; empty when the password is acceptable. */
    public List<String[]> violations(String password, String username) {
        List<String[]> broken = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            broken.add(new String[] {"min-length", "must be at least " + minLength + " characters long"});
            if (password == null) {
                return broken;
            }
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            broken.add(new String[] {"max-length", "must be at most 72 bytes long"});
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add(new String[] {"not-username", "must not contain the username"});
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 2) {
            broken.add(new String[] {"character-classes",
                    "must mix at least two of: lower case, upper case, digits, other characters"});
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() <= 2) {
            broken.add(new String[] {"common-password", "is too common or too repetitive"});
        }
        return broken;
    }

    /** @throws ApiProblem 422 naming the broken rules */
    public void check(String field, String password, String username) {
        List<String[]> broken = violations(password, username);
        if (broken.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = broken.stream().map(v -> new Problem.FieldError(field, v[1])).toList();
        List<String> rules = broken.stream().map(v -> v[0]).toList();
        throw new ApiProblem(422, "password-policy", "Password does not meet the policy",
                field + " " + String.join("; ", broken.stream().map(v -> v[1]).toList()) + " (rule "
                        + String.join(", ", rules) + ")",
                errors, Map.of("rules", rules));
    }
}

package org.warmaid.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules for a new password (stated in the README): 8 to 64 characters; at least three of
 * upper-case letters, lower-case letters, digits and other characters; not containing the account
 * id, the person's name or the unit's name; not a commonly used password; not the old one.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("accounts/common-passwords.txt");
    }

    /** The person and unit the password belongs to, whose names it must not contain. */
    public record Owner(String accountId, String personName, String unitName) {
    }

    public List<String> problems(String password, String oldPassword, Owner owner) {
        List<String> problems = new ArrayList<>();
        if (!hasAllowedLength(password)) {
            problems.add(password == null || password.length() < MIN_LENGTH
                    ? "密码至少" + MIN_LENGTH + "位" : "密码不能超过" + MAX_LENGTH + "位");
            return problems;
        }
        if (!mixesCharacterClasses(password)) {
            problems.add("密码须包含大写字母、小写字母、数字、其他符号中的至少三类");
        }
        if (containsOwner(password, owner)) {
            problems.add("密码不能包含账号、本人姓名或单位名称");
        }
        if (isCommon(password)) {
            problems.add("该密码过于常见，容易被猜中，请换一个");
        }
        if (password.equals(oldPassword)) {
            problems.add("新密码不能与原密码相同");
        }
        return problems;
    }

    /** The rules one by one, for places that show them separately (the Camunda webapps' password hints). */
    public boolean hasAllowedLength(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }

    public boolean mixesCharacterClasses(String password) {
        return password != null && characterClasses(password) >= 3;
    }

    public boolean containsOwner(String password, Owner owner) {
        String lower = password == null ? "" : password.toLowerCase(Locale.ROOT);
        return containsName(lower, owner.accountId()) || containsName(lower, owner.personName())
                || containsName(lower, owner.unitName());
    }

    public boolean isCommon(String password) {
        String lower = password == null ? "" : password.toLowerCase(Locale.ROOT);
        return common.contains(lower) || common.contains(lower.replaceAll("[^a-z0-9@!]", ""));
    }

    static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean containsName(String lowerPassword, String name) {
        return name != null && name.length() >= 2 && lowerPassword.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

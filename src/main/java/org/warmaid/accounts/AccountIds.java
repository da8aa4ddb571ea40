package org.warmaid.accounts;

import java.util.regex.Pattern;

/**
 * What an account id can look like: ASCII letters, digits and dashes (the engine's id whitelist), at
 * most 64 characters. A typed name that cannot be one is no account; it is refused as a wrong login
 * before it reaches Camunda's identity tables, which (in utf8mb3) cannot even compare a name with
 * emoji to their ids and fail with a 500.
 */
public final class AccountIds {

    private static final Pattern POSSIBLE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private AccountIds() {
    }

    public static boolean possible(String userId) {
        return userId != null && POSSIBLE.matcher(userId).matches();
    }
}

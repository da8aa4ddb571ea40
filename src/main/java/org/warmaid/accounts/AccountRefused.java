package org.warmaid.accounts;

/** An account or unit change that cannot be made, with the reason for the administrator. */
public class AccountRefused extends RuntimeException {

    public AccountRefused(String message) {
        super(message);
    }
}

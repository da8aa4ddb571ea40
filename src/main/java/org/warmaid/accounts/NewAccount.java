package org.warmaid.accounts;

import java.util.List;

/** What it takes to create a person in the identity store: id, names, initial password, groups. */
public record NewAccount(String id, String firstName, String lastName, String password, List<String> groups) {
}

package org.warmaid.accounts;

import java.util.List;

/**
 * What it takes to create a person in the identity store: id, the person's name as written
 * (张伟; stored as family and given name), initial password, groups.
 */
public record NewAccount(String id, String name, String password, List<String> groups) {
}

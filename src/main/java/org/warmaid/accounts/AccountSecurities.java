package org.warmaid.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountSecurities extends JpaRepository<AccountSecurity, String> {

    default boolean requiresPasswordChange(String accountId) {
        return findById(accountId).map(AccountSecurity::isPasswordChangeRequired).orElse(false);
    }
}

package org.warmaid.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** What the identity store cannot hold about an account: must its initial password still be changed? */
@Entity
public class AccountSecurity {

    @Id
    private String accountId;

    private boolean passwordChangeRequired;

    private Instant initialPasswordIssuedAt;

    private Instant passwordChangedAt;

    @Version
    private long version;

    protected AccountSecurity() {
    }

    AccountSecurity(String accountId) {
        this.accountId = accountId;
    }

    void initialPasswordIssued(Instant now) {
        passwordChangeRequired = true;
        initialPasswordIssuedAt = now;
    }

    void passwordChanged(Instant now) {
        passwordChangeRequired = false;
        passwordChangedAt = now;
    }

    public String getAccountId() {
        return accountId;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getInitialPasswordIssuedAt() {
        return initialPasswordIssuedAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}

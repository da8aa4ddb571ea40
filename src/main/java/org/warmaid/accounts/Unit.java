package org.warmaid.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A member unit whose trade union registers its workers (单位工会). Its single portal account is
 * identified by {@code accountId}; the union head's name is the user name shown at login.
 */
@Entity
public class Unit {

    @Id
    private String code;

    private String name;

    private String unionHead;

    private String accountId;

    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, String unionHead, String accountId) {
        this.code = code;
        this.name = name;
        this.unionHead = unionHead;
        this.accountId = accountId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnionHead() {
        return unionHead;
    }

    public void setUnionHead(String unionHead) {
        this.unionHead = unionHead;
    }

    public String getAccountId() {
        return accountId;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}

package org.warmaid.accounts;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units and the one portal account each has. */
@Service
public class UnitAccounts {

    private final Units units;
    private final AccountDirectory directory;
    private final AccountSecurities securities;
    private final Clock clock;

    UnitAccounts(Units units, AccountDirectory directory, AccountSecurities securities, Clock clock) {
        this.units = units;
        this.directory = directory;
        this.securities = securities;
        this.clock = clock;
    }

    /**
     * Registers the unit with its groups and account unless it exists already. A new account gets
     * the initial password, which must be changed at the first login. Idempotent.
     */
    @Transactional
    public Unit ensureUnit(String code, String name, String unionHead, String accountId, String initialPassword) {
        Unit unit = units.findById(code).orElseGet(() -> units.save(new Unit(code, name, unionHead, accountId)));
        directory.ensureUnitGroups(code, unit.getName());
        boolean created = directory.ensureAccount(new NewAccount(unit.getAccountId(), unit.getUnionHead(),
                initialPassword, List.of(AccessGroups.unitGroup(code))));
        if (created) {
            AccountSecurity security = new AccountSecurity(unit.getAccountId());
            security.initialPasswordIssued(clock.instant());
            securities.save(security);
        }
        return unit;
    }
}

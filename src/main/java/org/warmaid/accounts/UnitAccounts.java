package org.warmaid.accounts;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units and the one portal account each has. */
@Service
public class UnitAccounts {

    private final Units units;
    private final AccountDirectory directory;

    UnitAccounts(Units units, AccountDirectory directory) {
        this.units = units;
        this.directory = directory;
    }

    /** Registers the unit with its groups and account unless it exists already. Idempotent. */
    @Transactional
    public Unit ensureUnit(String code, String name, String unionHead, String accountId, String initialPassword) {
        Unit unit = units.findById(code).orElseGet(() -> units.save(new Unit(code, name, unionHead, accountId)));
        directory.ensureUnitGroups(code, unit.getName());
        directory.ensureAccount(new NewAccount(unit.getAccountId(), unit.getUnionHead(), unit.getName(),
                initialPassword, List.of(AccessGroups.unitGroup(code))));
        return unit;
    }
}

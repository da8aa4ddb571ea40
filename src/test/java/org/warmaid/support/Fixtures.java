package org.warmaid.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.accounts.NewAccount;
import org.warmaid.accounts.PasswordChanges;
import org.warmaid.accounts.UnitAccounts;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;

/** Fresh units and accounts for a test, so tests never depend on each other's data. */
@TestComponent
public class Fixtures {

    /**
     * Test classes that build payout batches hold this lock: a batch takes every waiting payment of
     * the open campaign, so another class's waiting payments must not be there at that moment.
     */
    public static final String WAITING_PAYMENTS = "the open campaign's waiting payments";

    public static final String PASSWORD = "Warm-Aid-2027";

    private final UnitAccounts unitAccounts;
    private final PasswordChanges passwordChanges;
    private final IdentityAuthenticationProvider identity;
    private final CampaignDirectory campaigns;
    private final TransactionTemplate transactions;
    private final TestClock clock;
    private final AccountDirectory directory;
    private final UnitDirectory units;

    Fixtures(UnitAccounts unitAccounts, PasswordChanges passwordChanges, IdentityAuthenticationProvider identity,
            CampaignDirectory campaigns, TransactionTemplate transactions, TestClock clock, AccountDirectory directory, UnitDirectory units) {
        this.directory = directory;
        this.units = units;
        this.unitAccounts = unitAccounts;
        this.passwordChanges = passwordChanges;
        this.identity = identity;
        this.campaigns = campaigns;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record UnitLogin(String unitCode, String unitName, String accountId, String password) {

        /** The union head's name, the user name of the portal login. */
        public String unionHead() {
            return "负责人" + unitCode.substring(1);
        }
    }

    /** A new unit whose account still has the initial password "0". */
    public UnitLogin newUnitWithInitialPassword() {
        String number;
        do {
            number = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        } while (units.findById("T" + number).isPresent());
        String code = "T" + number;
        String accountId = "t" + number;
        String name = "测试单位" + number;
        unitAccounts.ensureUnit(code, name, "负责人" + number, accountId, "0");
        return new UnitLogin(code, name, accountId, "0");
    }

    /** A new unit whose account has already replaced its initial password with {@link #PASSWORD}. */
    public UnitLogin newUnit() {
        UnitLogin unit = newUnitWithInitialPassword();
        transactions.executeWithoutResult(status ->
                passwordChanges.change(identity.principalOf(unit.accountId()), "0", PASSWORD));
        return new UnitLogin(unit.unitCode(), unit.unitName(), unit.accountId(), PASSWORD);
    }

    /** A party-committee reviewer of the unit (group party-…), password {@link #PASSWORD}. */
    public String newPartyReviewer(String unitCode) {
        String id = "p" + unitCode.toLowerCase(java.util.Locale.ROOT);
        directory.ensureAccount(new NewAccount(id, "党委审核" + unitCode, PASSWORD,
                java.util.List.of(AccessGroups.partyGroup(unitCode))));
        return id;
    }

    /** The open campaign, with its entry deadline at least a day ahead of the test clock. */
    public Campaign openCampaign() {
        return transactions.execute(status -> {
            Campaign campaign = campaigns.findOpen().orElseThrow();
            Instant tomorrow = clock.instant().plus(Duration.ofDays(1));
            if (campaign.getEntryDeadline().isBefore(tomorrow)) {
                campaign.setEntryDeadline(tomorrow.plus(Duration.ofDays(6)));
            }
            return campaign; // read in this transaction: the change is written as it commits
        });
    }

    public TestClock clock() {
        return clock;
    }
}

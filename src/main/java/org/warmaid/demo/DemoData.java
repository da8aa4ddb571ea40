package org.warmaid.demo;

import static org.warmaid.accounts.AccessGroups.ADMINISTRATORS;
import static org.warmaid.accounts.AccessGroups.ANALYSTS;
import static org.warmaid.accounts.AccessGroups.AUDITORS;
import static org.warmaid.accounts.AccessGroups.FINANCE;
import static org.warmaid.accounts.AccessGroups.PROVINCIAL_REVIEWERS;
import static org.warmaid.accounts.AccessGroups.partyGroup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.accounts.NewAccount;
import org.warmaid.accounts.UnitAccounts;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;

/**
 * Demo units, accounts and an open campaign, so that a newcomer can log in at once.
 * Only in the "demo" profile; every step is idempotent, so a restart creates nothing twice.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String UNIT_PASSWORD = "0";
    static final String STAFF_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UnitAccounts unitAccounts;
    private final AccountDirectory directory;
    private final CampaignDirectory campaigns;
    private final Clock clock;
    private final ZoneId zone;

    DemoData(UnitAccounts unitAccounts, AccountDirectory directory, CampaignDirectory campaigns, Clock clock,
            @Value("${warmaid.zone}") ZoneId zone) {
        this.unitAccounts = unitAccounts;
        this.directory = directory;
        this.campaigns = campaigns;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        unitAccounts.ensureUnit("U001", "省交通运输厅", "张伟", "u001", UNIT_PASSWORD);
        unitAccounts.ensureUnit("U002", "省卫生健康委员会", "李娜", "u002", UNIT_PASSWORD);
        unitAccounts.ensureUnit("U003", "省教育厅", "王芳", "u003", UNIT_PASSWORD);

        staff("party1", "刘强", partyGroup("U001"));
        staff("party2", "陈静", partyGroup("U002"));
        staff("party3", "杨洋", partyGroup("U003"));
        staff("reviewer", "赵敏", PROVINCIAL_REVIEWERS);
        staff("finance", "孙丽", FINANCE);
        staff("analyst", "周杰", ANALYSTS);
        staff("demo", "郑军", ADMINISTRATORS);
        staff("auditor", "吴涛", AUDITORS);

        if (campaigns.createFirst(openDemoCampaign())) {
            log.info("Demo campaign created");
        }
    }

    /** A staff member: the person's name (family name first); what they do is their group. */
    private void staff(String id, String name, String group) {
        directory.ensureAccount(new NewAccount(id, name, STAFF_PASSWORD, List.of(group)));
    }

    private Campaign openDemoCampaign() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        ZonedDateTime deadline = ZonedDateTime.of(today.plusDays(7), LocalTime.of(16, 0), zone);
        int year = today.getYear() + 1;
        Campaign campaign = new Campaign(year + "年元旦春节送温暖活动", year, "长春市", deadline.toInstant(), clock.instant());
        campaign.setMaterialsFrom(deadline.toLocalDate().plusDays(2));
        campaign.setMaterialsUntil(deadline.toLocalDate().plusDays(3));
        campaign.setMaterialsAddress("省直机关工会工委612室");
        campaign.setFormYear(year - 1);
        campaign.setContactName("焦刚");
        campaign.setContactPhone("0431-82701100");
        campaign.setTechContactName("姜凌");
        campaign.setTechContactPhone("0431-88902655");
        campaign.open();
        return campaign;
    }
}

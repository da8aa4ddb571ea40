package org.warmaid.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When units may write: new entries and changes until the campaign's entry deadline; after it,
 * only a registration returned to them, within its own correction window. Reads never close.
 */
@Component
public class EntryWindows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");

    private final Campaigns campaigns;
    private final Clock clock;
    private final ZoneId zone;

    EntryWindows(Campaigns campaigns, Clock clock, @Value("${warmaid.zone}") ZoneId zone) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.zone = zone;
    }

    public Optional<Campaign> openCampaign() {
        return campaigns.findOpen();
    }

    /** Why nothing new can be entered right now; empty when entry is open. */
    public Optional<String> whyNewEntriesClosed(Optional<Campaign> campaign) {
        if (campaign.isEmpty()) {
            return Optional.of("当前没有进行中的送温暖活动，暂不能录入");
        }
        return campaign.get().acceptsEntriesAt(now()) ? Optional.empty() : Optional.of(closedMessage(campaign.get()));
    }

    /** Why a registration of that campaign cannot be changed now; empty when it can. */
    public Optional<String> whyChangesClosed(Campaign campaign, Instant correctionDeadline) {
        Instant now = now();
        if (campaign.acceptsEntriesAt(now)) {
            return Optional.empty();
        }
        if (campaign.isOpen() && correctionDeadline != null && now.isBefore(correctionDeadline)) {
            return Optional.empty();
        }
        if (correctionDeadline != null && !now.isBefore(correctionDeadline)) {
            return Optional.of("该登记的退回修改期限已于" + format(correctionDeadline) + "截止，不能再修改或上报");
        }
        return Optional.of(closedMessage(campaign));
    }

    public String closedMessage(Campaign campaign) {
        if (!campaign.isOpen()) {
            return "“" + campaign.getName() + "”已结束，不能再录入或修改；仍可查看信息和生成汇总表";
        }
        return "申报系统已于" + format(campaign.getEntryDeadline())
                + "关闭，逾期未系统申报的视为放弃；仍可查看已录入信息和生成汇总表";
    }

    public String format(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }
}

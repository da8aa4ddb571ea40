package org.warmaid.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When units may write: new entries and changes until the campaign's entry deadline (or, where
 * entry was reopened for one unit, until that unit's extension); after it, only a registration
 * returned to them, within its own correction window. Reads never close.
 */
@Component
public class EntryWindows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");

    private final Campaigns campaigns;
    private final EntryExtensions extensions;
    private final Clock clock;
    private final ZoneId zone;

    EntryWindows(Campaigns campaigns, EntryExtensions extensions, Clock clock, @Value("${warmaid.zone}") ZoneId zone) {
        this.campaigns = campaigns;
        this.extensions = extensions;
        this.clock = clock;
        this.zone = zone;
    }

    public Optional<Campaign> openCampaign() {
        return campaigns.findOpen();
    }

    /** The unit's entry deadline: the campaign's, or later where entry was reopened for the unit. */
    public Instant entryDeadline(Campaign campaign, String unitCode) {
        Instant deadline = campaign.getEntryDeadline();
        if (unitCode == null) {
            return deadline;
        }
        return extensions.latestUntil(campaign.getId(), unitCode).filter(until -> until.isAfter(deadline)).orElse(deadline);
    }

    /** Why nothing new can be entered right now by the unit (null: any unit); empty when entry is open. */
    public Optional<String> whyNewEntriesClosed(Optional<Campaign> campaign, String unitCode) {
        if (campaign.isEmpty()) {
            return Optional.of("当前没有进行中的送温暖活动，暂不能录入");
        }
        return acceptsEntries(campaign.get(), unitCode) ? Optional.empty() : Optional.of(closedMessage(campaign.get(), unitCode));
    }

    /** Why a registration of that campaign cannot be changed now; empty when it can. */
    public Optional<String> whyChangesClosed(Campaign campaign, String unitCode, Instant correctionDeadline) {
        Instant now = now();
        if (acceptsEntries(campaign, unitCode)) {
            return Optional.empty();
        }
        if (campaign.isOpen() && correctionDeadline != null && now.isBefore(correctionDeadline)) {
            return Optional.empty();
        }
        if (correctionDeadline != null && !now.isBefore(correctionDeadline)) {
            return Optional.of("该登记的退回修改期限已于" + format(correctionDeadline) + "截止，不能再修改或上报");
        }
        return Optional.of(closedMessage(campaign, unitCode));
    }

    /**
     * An extension only ever moves a unit's deadline later, so before the campaign's own deadline
     * entry is open for every unit and the unit's extensions need not be read.
     */
    private boolean acceptsEntries(Campaign campaign, String unitCode) {
        Instant now = now();
        return campaign.acceptsEntriesAt(now) || campaign.isOpen() && now.isBefore(entryDeadline(campaign, unitCode));
    }

    public String closedMessage(Campaign campaign, String unitCode) {
        if (!campaign.isOpen()) {
            return "“" + campaign.getName() + "”已结束，不能再录入或修改；仍可查看信息和生成汇总表";
        }
        return "申报系统已于" + format(entryDeadline(campaign, unitCode))
                + "关闭：截止时已保存的完整登记视为已上报，不完整的视为放弃；仍可查看已录入信息和生成汇总表";
    }

    public String format(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }
}

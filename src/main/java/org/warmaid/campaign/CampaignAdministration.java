package org.warmaid.campaign;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;

/**
 * Running campaigns: create, change settings, open (one at a time), close, and reopen entry for one
 * unit with a recorded reason. A moved deadline moves the process timers that end unsubmitted
 * registrations. Every action is audited.
 */
@Service
public class CampaignAdministration {

    private final Campaigns campaigns;
    private final EntryExtensions extensions;
    private final DeadlineTimers timers;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    CampaignAdministration(Campaigns campaigns, EntryExtensions extensions, DeadlineTimers timers, AuditLog audit,
            Clock clock, @Value("${warmaid.zone}") ZoneId zone) {
        this.campaigns = campaigns;
        this.extensions = extensions;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public Campaign get(Long id) {
        return campaigns.findById(id).orElseThrow(() -> new CampaignRefused("没有这个活动"));
    }

    @Transactional(readOnly = true)
    public List<EntryExtension> extensions(Long campaignId) {
        return extensions.findByCampaignIdOrderByIdDesc(campaignId);
    }

    @Transactional
    public Campaign create(CampaignForm form) {
        Campaign campaign = new Campaign(form.getName(), form.getYear(), form.getRegion(), instant(form.getEntryDeadline()),
                clock.instant());
        apply(campaign, form);
        campaign = campaigns.save(campaign);
        audit.success(AuditAction.CAMPAIGN_CREATE, "campaign", campaign.getId().toString(), "新建活动：" + campaign.getName());
        return campaign;
    }

    @Transactional
    public Campaign update(Long id, CampaignForm form) {
        Campaign campaign = get(id);
        Instant before = campaign.getEntryDeadline();
        campaign.setName(form.getName());
        campaign.setYear(form.getYear());
        campaign.setRegion(form.getRegion());
        campaign.setEntryDeadline(instant(form.getEntryDeadline()));
        apply(campaign, form);
        campaigns.saveAndFlush(campaign);
        if (campaign.isOpen() && !before.equals(campaign.getEntryDeadline())) {
            timers.reschedule(null);
        }
        audit.success(AuditAction.CAMPAIGN_UPDATE, "campaign", id.toString(), "修改活动设置：" + campaign.getName()
                + "，申报截止 " + LocalDateTime.ofInstant(campaign.getEntryDeadline(), zone));
        return campaign;
    }

    @Transactional
    public void open(Long id) {
        Campaign campaign = get(id);
        campaigns.findOpen().filter(open -> !open.getId().equals(id)).ifPresent(open -> {
            throw new CampaignRefused("“" + open.getName() + "”仍在进行中；同一时间只能有一个活动开放申报，请先结束它");
        });
        campaign.open();
        try {
            campaigns.saveAndFlush(campaign);
        } catch (DataIntegrityViolationException concurrent) {
            throw new CampaignRefused("另一个活动刚刚被开放；同一时间只能有一个活动开放申报");
        }
        audit.success(AuditAction.CAMPAIGN_OPEN, "campaign", id.toString(), "开放申报：" + campaign.getName());
    }

    @Transactional
    public void close(Long id) {
        Campaign campaign = get(id);
        campaign.close();
        campaigns.save(campaign);
        audit.success(AuditAction.CAMPAIGN_CLOSE, "campaign", id.toString(), "结束活动：" + campaign.getName());
    }

    /** Entry for one unit until the given time, beyond the campaign's deadline, for a recorded reason. */
    @Transactional
    public EntryExtension reopenForUnit(Long campaignId, String unitCode, LocalDateTime until, String reason, String by) {
        Campaign campaign = get(campaignId);
        if (!campaign.isOpen()) {
            throw new CampaignRefused("活动已结束，不能为单位重新开放申报");
        }
        if (reason == null || reason.isBlank()) {
            throw new CampaignRefused("请填写重新开放申报的原因");
        }
        if (until == null || !instant(until).isAfter(clock.instant())) {
            throw new CampaignRefused("重新开放的截止时间须晚于现在");
        }
        EntryExtension extension = extensions.save(new EntryExtension(campaignId, unitCode, instant(until), reason.strip(),
                by, clock.instant()));
        timers.reschedule(unitCode);
        audit.success(AuditAction.CAMPAIGN_REOPEN_UNIT, "unit", unitCode, "为单位重新开放申报至 " + until + "，原因：" + reason.strip());
        return extension;
    }

    private void apply(Campaign campaign, CampaignForm form) {
        campaign.setCorrectionWindowHours(form.getCorrectionWindowHours());
        campaign.setSpotCheckShare(form.getSpotCheckPercent().movePointLeft(2).setScale(4, RoundingMode.HALF_UP));
        campaign.setMaterialsFrom(form.getMaterialsFrom());
        campaign.setMaterialsUntil(form.getMaterialsUntil());
        campaign.setMaterialsAddress(form.getMaterialsAddress());
        campaign.setFormYear(form.getFormYear() != null ? form.getFormYear() : campaign.getYear() - 1);
        campaign.setContactName(form.getContactName());
        campaign.setContactPhone(form.getContactPhone());
        campaign.setTechContactName(form.getTechContactName());
        campaign.setTechContactPhone(form.getTechContactPhone());
        if (form.getMaterialsFrom() != null && form.getMaterialsUntil() != null
                && form.getMaterialsUntil().isBefore(form.getMaterialsFrom())) {
            throw new CampaignRefused("纸质材料报送的结束日期不能早于开始日期");
        }
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

}

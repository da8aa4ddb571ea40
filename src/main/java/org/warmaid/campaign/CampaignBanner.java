package org.warmaid.campaign;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What every page shows about the campaign: its name, the entry deadline (also as ISO time for the
 * countdown) and, once entry has closed, the message saying so.
 */
@Component
public class CampaignBanner {

    private final EntryWindows windows;
    private final Campaigns campaigns;

    CampaignBanner(EntryWindows windows, Campaigns campaigns) {
        this.windows = windows;
        this.campaigns = campaigns;
    }

    public Map<String, Object> attributes() {
        return attributes(null);
    }

    /** For a unit account, the deadline and closing are the unit's own (entry may be reopened for it). */
    public Map<String, Object> attributes(String unitCode) {
        Optional<Campaign> campaign = windows.openCampaign()
                .or(() -> campaigns.findAllByOrderByYearDesc().stream().findFirst());
        if (campaign.isEmpty()) {
            return Map.of("entryClosedMessage", "当前没有进行中的送温暖活动");
        }
        Campaign current = campaign.get();
        String closed = windows.whyNewEntriesClosed(windows.openCampaign(), unitCode).orElse(null);
        var attributes = new java.util.HashMap<String, Object>();
        attributes.put("campaign", current);
        attributes.put("deadlineText", windows.format(windows.entryDeadline(current, unitCode)));
        attributes.put("deadlineIso", DateTimeFormatter.ISO_INSTANT.format(windows.entryDeadline(current, unitCode)));
        if (closed != null) {
            attributes.put("entryClosedMessage", closed);
        }
        return attributes;
    }
}

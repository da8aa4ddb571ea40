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
        Optional<Campaign> campaign = windows.openCampaign()
                .or(() -> campaigns.findAllByOrderByYearDesc().stream().findFirst());
        if (campaign.isEmpty()) {
            return Map.of("entryClosedMessage", "当前没有进行中的送温暖活动");
        }
        Campaign current = campaign.get();
        String closed = windows.whyNewEntriesClosed(windows.openCampaign()).orElse(null);
        var attributes = new java.util.HashMap<String, Object>();
        attributes.put("campaign", current);
        attributes.put("deadlineText", windows.format(current.getEntryDeadline()));
        attributes.put("deadlineIso", DateTimeFormatter.ISO_INSTANT.format(current.getEntryDeadline()));
        if (closed != null) {
            attributes.put("entryClosedMessage", closed);
        }
        return attributes;
    }
}

package org.warmaid.province;

import java.util.List;
import org.springframework.stereotype.Component;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignRefused;
import org.warmaid.campaign.CampaignDirectory;

/** Which campaign a provincial page shows: the one asked for, else the open one, else the latest. */
@Component
class CampaignChoice {

    private final CampaignDirectory campaigns;

    CampaignChoice(CampaignDirectory campaigns) {
        this.campaigns = campaigns;
    }

    Campaign of(Long requested) {
        if (requested != null) {
            return campaigns.findById(requested).orElseThrow(() -> new CampaignRefused("没有这个活动"));
        }
        return campaigns.findOpen().or(() -> campaigns.findAllByOrderByYearDesc().stream().findFirst())
                .orElseThrow(() -> new CampaignRefused("还没有任何送温暖活动，请先在“活动设置”中新建"));
    }

    List<Campaign> all() {
        return campaigns.findAllByOrderByYearDesc();
    }
}

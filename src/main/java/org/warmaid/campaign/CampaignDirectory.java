package org.warmaid.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaigns as other modules read them. Changes go through {@link CampaignAdministration}. */
@Service
@Transactional(readOnly = true)
public class CampaignDirectory {

    private final Campaigns campaigns;

    CampaignDirectory(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public Optional<Campaign> findById(Long id) {
        return campaigns.findById(id);
    }

    /** The campaign open for entry, if any (the schema allows at most one). */
    public Optional<Campaign> findOpen() {
        return campaigns.findOpen();
    }

    public List<Campaign> findAllByOrderByYearDesc() {
        return campaigns.findAllByOrderByYearDesc();
    }

    /** Saves the campaign if there is none yet (a first start with demo data); false when there was one. */
    @Transactional
    public boolean createFirst(Campaign campaign) {
        if (campaigns.count() > 0) {
            return false;
        }
        campaigns.save(campaign);
        return true;
    }
}

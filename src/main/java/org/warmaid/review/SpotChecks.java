package org.warmaid.review;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.warmaid.campaign.Campaigns;
import org.warmaid.registration.Registrations;

/**
 * Pre-selects the campaign's share of registrations for a home visit (抽查走访), at random;
 * reviewers may add or remove. A fixed seed (warmaid.spot-check.seed) makes the draw repeatable.
 */
@Component
public class SpotChecks {

    private final RandomGenerator random;
    private final Registrations registrations;
    private final Campaigns campaigns;

    @Autowired
    SpotChecks(@Value("${warmaid.spot-check.seed:}") String seed, Registrations registrations, Campaigns campaigns) {
        this(seed.isBlank() ? new SecureRandom() : new Random(Long.parseLong(seed)), registrations, campaigns);
    }

    public SpotChecks(RandomGenerator random, Registrations registrations, Campaigns campaigns) {
        this.random = random;
        this.registrations = registrations;
        this.campaigns = campaigns;
    }

    /** Whether the registration is pre-selected, drawn with its campaign's spot-check share. */
    public boolean preselectFor(Long registrationId) {
        Long campaignId = registrations.campaignOf(registrationId).orElseThrow();
        return preselect(campaigns.findById(campaignId).orElseThrow().getSpotCheckShare());
    }

    public synchronized boolean preselect(BigDecimal share) {
        return share != null && share.signum() > 0 && random.nextDouble() < share.doubleValue();
    }
}

package org.warmaid.review;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pre-selects the campaign's share of registrations for a home visit (抽查走访), at random;
 * reviewers may add or remove. A fixed seed (warmaid.spot-check.seed) makes the draw repeatable.
 */
@Component
public class SpotChecks {

    /** The share of the registration's campaign, read in one query as each provincial review begins. */
    private static final String SHARE_OF_REGISTRATION = "select c.spot_check_share from registration r "
            + "join campaign c on c.id = r.campaign_id where r.id = ?";

    private final RandomGenerator random;
    private final JdbcTemplate jdbc;

    @Autowired
    SpotChecks(@Value("${warmaid.spot-check.seed:}") String seed, JdbcTemplate jdbc) {
        this(seed.isBlank() ? new SecureRandom() : new Random(Long.parseLong(seed)), jdbc);
    }

    public SpotChecks(RandomGenerator random, JdbcTemplate jdbc) {
        this.random = random;
        this.jdbc = jdbc;
    }

    /** Whether the registration is pre-selected, drawn with its campaign's spot-check share. */
    public boolean preselectFor(Long registrationId) {
        return preselect(jdbc.queryForObject(SHARE_OF_REGISTRATION, BigDecimal.class, registrationId));
    }

    public synchronized boolean preselect(BigDecimal share) {
        return share != null && share.signum() > 0 && random.nextDouble() < share.doubleValue();
    }
}

package org.warmaid.reporting;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;

/**
 * Walks all registrations of a campaign in pages of 500, clearing the persistence context after
 * each page, so a report over 100 000 rows holds only one page in memory.
 */
@Component
class CampaignRows {

    private final RegistrationDirectory registrations;
    private final EntityManager entityManager;

    CampaignRows(RegistrationDirectory registrations, EntityManager entityManager) {
        this.registrations = registrations;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public int forEach(Long campaignId, Consumer<Registration> action) {
        long after = 0;
        int count = 0;
        while (true) {
            List<Registration> page = registrations.findPageAfter(campaignId, after);
            if (page.isEmpty()) {
                return count;
            }
            page.forEach(action);
            count += page.size();
            after = page.get(page.size() - 1).getId();
            entityManager.clear();
        }
    }
}

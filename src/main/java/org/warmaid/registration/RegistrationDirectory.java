package org.warmaid.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations as other modules read them: one or several by id, a unit's current ones, a page of a
 * campaign's, the few facts asked of one without loading it, and its duplicate flags. Changes go
 * through the {@link Registry} and the process.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationDirectory {

    private final Registrations registrations;
    private final DuplicateFlags flags;

    RegistrationDirectory(Registrations registrations, DuplicateFlags flags) {
        this.registrations = registrations;
        this.flags = flags;
    }

    public Optional<Registration> findById(Long id) {
        return registrations.findById(id);
    }

    public List<Registration> findAllById(Collection<Long> ids) {
        return registrations.findAllById(ids);
    }

    /** The unit's registrations in a campaign that it has not deleted, oldest first. */
    public List<Registration> findCurrent(Long campaignId, String unitCode) {
        return registrations.findCurrent(campaignId, unitCode);
    }

    /** Up to 500 of the campaign's registrations that are not withdrawn, after the given id (keyset paging). */
    public List<Registration> findPageAfter(Long campaignId, Long afterId) {
        return registrations.findTop500ByCampaignIdAndStageNotAndIdGreaterThanOrderByIdAsc(campaignId,
                Stage.WITHDRAWN, afterId);
    }

    /** The campaign of the registration, without reading (and decrypting) the rest of it. */
    public Optional<Long> campaignOf(Long id) {
        return registrations.campaignOf(id);
    }

    /** The registration's reference (its process's business key), without reading the rest of it. */
    public Optional<String> referenceOf(Long id) {
        return registrations.referenceOf(id);
    }

    public List<DuplicateFlag> duplicateFlags(Long registrationId) {
        return flags.findByRegistrationIdOrderByIdAsc(registrationId);
    }
}

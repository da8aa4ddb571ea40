package org.warmaid.registration;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.Lock;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

    /** The registration with its row locked until the transaction ends (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.id = :id")
    Optional<Registration> findForUpdate(Long id);

    Optional<Registration> findByReference(String reference);

    /**
     * The unit changed the registration's documents: only the time of its last change moves (the
     * version does not, so a form open in another tab can still be saved).
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Registration r set r.editedAt = :at where r.id = :id")
    int markEdited(Long id, java.time.Instant at);

    /** What a task's card shows of the registration: its unit's name and the worker's name, without reading the rest. */
    @Query("select new org.warmaid.registration.Registrations$CardNames(u.name, r.name) from Registration r "
            + "join Unit u on u.code = r.unitCode where r.id = :id")
    Optional<CardNames> cardNamesOf(Long id);

    record CardNames(String unitName, String workerName) {
    }

    /** The campaign of the registration, without reading (and decrypting) the rest of it. */
    @Query("select r.campaignId from Registration r where r.id = :id")
    Optional<Long> campaignOf(Long id);

    /** The registration's reference (its process's business key), without reading the rest of it. */
    @Query("select r.reference from Registration r where r.id = :id")
    Optional<String> referenceOf(Long id);

    /**
     * The campaign's registration (not withdrawn) of this ID number, at most one: the duplicate check
     * of every entry. A list, because the usual answer is none, and a single-result query answers
     * none by raising (and catching) an exception.
     */
    @Query("select r from Registration r where r.campaignId = :campaignId and r.activeIdNumberHash = :activeIdNumberHash")
    List<Registration> findByCampaignIdAndActiveIdNumberHash(Long campaignId, String activeIdNumberHash);

    @EntityGraph(attributePaths = "familyMembers")
    List<Registration> findByCampaignIdAndUnitCodeAndStageNotOrderByIdAsc(Long campaignId, String unitCode, Stage excluded);

    /** The unit's registrations in a campaign that it has not deleted, oldest first. */
    default List<Registration> findCurrent(Long campaignId, String unitCode) {
        return findByCampaignIdAndUnitCodeAndStageNotOrderByIdAsc(campaignId, unitCode, Stage.WITHDRAWN);
    }

    @Query("select r from Registration r where r.campaignId = :campaignId and r.name = :name and r.stage <> :excluded")
    List<Registration> findByCampaignIdAndNameAndStageNot(Long campaignId, String name, Stage excluded);

    /** A page of the campaign's registrations after the given id, for reports over many rows (keyset paging). */
    List<Registration> findTop500ByCampaignIdAndStageNotAndIdGreaterThanOrderByIdAsc(Long campaignId, Stage excluded,
            Long afterId);

    @Query("select distinct r from Registration r join r.familyMembers m where r.campaignId = :campaignId "
            + "and r.stage <> org.warmaid.registration.Stage.WITHDRAWN and r.id <> :excludedId "
            + "and m.name = :name and m.age between :minAge and :maxAge")
    List<Registration> findListingFamilyMember(Long campaignId, Long excludedId, String name, int minAge, int maxAge);
}

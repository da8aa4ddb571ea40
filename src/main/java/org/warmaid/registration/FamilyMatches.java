package org.warmaid.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.warmaid.registration.validation.ResidentIdNumbers;

/**
 * Finds registrations of one household entered twice under different workers: a worker who is a
 * family member (same name, age within a year) in another registration, in any unit.
 */
@Component
class FamilyMatches {

    private final Registrations registrations;
    private final DuplicateFlags flags;
    private final Clock clock;
    private final ZoneId zone;

    FamilyMatches(Registrations registrations, DuplicateFlags flags, Clock clock, @Value("${warmaid.zone}") ZoneId zone) {
        this.registrations = registrations;
        this.flags = flags;
        this.clock = clock;
        this.zone = zone;
    }

    /** Flags a registration just created (no flag can involve it yet). */
    void flagNew(Registration registration) {
        flags.saveAll(matchesOf(registration));
    }

    /** Replaces the flags involving the registration with what its current data gives. */
    void reflag(Registration registration) {
        flags.deleteInvolving(registration.getId());
        if (registration.getStage() == Stage.WITHDRAWN) {
            return;
        }
        flags.saveAll(matchesOf(registration));
    }

    private Collection<DuplicateFlag> matchesOf(Registration registration) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, DuplicateFlag> found = new LinkedHashMap<>();
        Optional<Integer> age = ResidentIdNumbers.ageOn(registration.getIdNumber(), today);
        if (age.isPresent()) {
            for (Registration other : registrations.findListingFamilyMember(registration.getCampaignId(),
                    registration.getId(), registration.getName(), age.get() - 1, age.get() + 1)) {
                FamilyMember member = other.getFamilyMembers().stream()
                        .filter(m -> m.getName().equals(registration.getName())).findFirst().orElseThrow();
                pair(found, registration, other, member);
            }
        }
        for (FamilyMember member : registration.getFamilyMembers()) {
            for (Registration other : registrations.findByCampaignIdAndNameAndStageNot(
                    registration.getCampaignId(), member.getName(), Stage.WITHDRAWN)) {
                Optional<Integer> otherAge = ResidentIdNumbers.ageOn(other.getIdNumber(), today);
                if (!other.getId().equals(registration.getId()) && otherAge.isPresent()
                        && Math.abs(otherAge.get() - member.getAge()) <= 1) {
                    pair(found, other, registration, member);
                }
            }
        }
        return found.values();
    }

    /** {@code worker} is listed as {@code member} in {@code listing}: flag both registrations. */
    private void pair(Map<String, DuplicateFlag> found, Registration worker, Registration listing, FamilyMember member) {
        String described = member.getName() + "（" + member.getRelation() + "，" + member.getAge() + "岁）";
        put(found, new DuplicateFlag(worker.getId(), listing.getId(), DuplicateFlag.Kind.LISTED_AS_FAMILY_MEMBER,
                "职工在登记 " + listing.getReference() + " 中被列为家庭成员" + described + "，请核实是否同一家庭重复申请",
                clock.instant()));
        put(found, new DuplicateFlag(listing.getId(), worker.getId(), DuplicateFlag.Kind.FAMILY_MEMBER_REGISTERED,
                "所列家庭成员" + described + "已在登记 " + worker.getReference() + " 中作为困难职工登记，请核实是否同一家庭重复申请",
                clock.instant()));
    }

    private static void put(Map<String, DuplicateFlag> found, DuplicateFlag flag) {
        found.putIfAbsent(flag.getRegistrationId() + "/" + flag.getOtherRegistrationId() + "/" + flag.getKind(), flag);
    }
}

package org.warmaid.eligibility;

import java.util.List;
import org.springframework.stereotype.Component;
import org.warmaid.registration.RegionStandards;

@Component
class KnownRegions implements RegionStandards {

    private final EligibilityCheck check;

    KnownRegions(EligibilityCheck check) {
        this.check = check;
    }

    @Override
    public boolean isKnown(String region) {
        return region != null && check.knowsRegion(region);
    }

    @Override
    public List<String> known() {
        return check.regions();
    }
}

package org.warmaid.registration;

import java.util.List;

/** Which regions have a minimum living standard in the rules (the analysts' table). */
public interface RegionStandards {

    boolean isKnown(String region);

    List<String> known();
}

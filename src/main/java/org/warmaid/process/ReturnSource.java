package org.warmaid.process;

/** Who sent a registration back to the unit; the reason is that step's comment. */
enum ReturnSource {
    ELIGIBILITY,
    PARTY_COMMITTEE,
    PROVINCIAL_UNION
}

package org.warmaid.eligibility;

/** Which deployed version of a decision gave a result, so a later rule change never rewrites it. */
public record DecisionRef(String key, String definitionId, int version) {

    @Override
    public String toString() {
        return key + " v" + version + " (" + definitionId + ")";
    }
}

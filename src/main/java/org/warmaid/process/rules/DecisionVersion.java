package org.warmaid.process.rules;

import java.time.Instant;

/** One deployed version of a decision. */
public record DecisionVersion(String key, String name, int version, String definitionId, String deploymentId,
        String resourceName, Instant deployedAt, DecisionOrigin origin) {
}

package org.warmaid.rules;

import java.util.List;
import org.springframework.stereotype.Component;
import org.warmaid.process.rules.DecisionDrafts;

/**
 * The checks a draft must pass before it is deployed: the decision the engine can read, under its
 * own key, as a decision table.
 */
@Component
class DraftChecks {

    private final DecisionDrafts drafts;

    DraftChecks(DecisionDrafts drafts) {
        this.drafts = drafts;
    }

    /** Every problem of the draft, each naming its place; empty when it may be deployed. */
    List<String> problems(String key, byte[] xml) {
        drafts.table(xml, key);
        return List.of();
    }

    void refuseIfBroken(String key, byte[] xml) {
        List<String> problems = problems(key, xml);
        if (!problems.isEmpty()) {
            throw new RuleRefused("xml", "草稿不能部署：" + String.join("；", problems));
        }
    }
}

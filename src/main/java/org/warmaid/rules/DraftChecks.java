package org.warmaid.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.warmaid.process.rules.DecisionChecks;
import org.warmaid.process.rules.DecisionDrafts;
import org.warmaid.process.rules.DecisionProblem;
import org.warmaid.process.rules.DraftRefused;

/**
 * The checks a draft must pass before it is tried or deployed: the same as every deployment's
 * ({@link DecisionChecks}: plain FEEL only, the known decisions' contract), each problem naming the
 * decision, the rule and the cell; and a decision table under the key that was opened.
 */
@Component
class DraftChecks {

    /** Every problem of the draft, each naming its place; empty when it may be deployed. */
    List<String> problems(String key, byte[] xml) {
        List<String> problems = new ArrayList<>(DecisionChecks.problems(xml).stream().map(DecisionProblem::describe).toList());
        if (problems.isEmpty()) {
            try {
                DecisionDrafts.read(xml, key);
            } catch (DraftRefused refused) {
                problems.add(refused.getMessage());
            }
        }
        return problems;
    }

    void refuseIfBroken(String key, byte[] xml) {
        List<String> problems = problems(key, xml);
        if (!problems.isEmpty()) {
            throw new RuleRefused("xml", "草稿不能部署：" + String.join("；", problems));
        }
    }
}

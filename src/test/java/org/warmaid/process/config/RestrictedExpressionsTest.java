package org.warmaid.process.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.junit.jupiter.api.Test;
import org.warmaid.process.BpmnBeans;

/** What an expression can reach at run time, whatever got into a model. */
class RestrictedExpressionsTest {

    public static class Greeter {
        public String hello(String name) {
            return "你好，" + name;
        }
    }

    private final RestrictedExpressions.Manager manager =
            new RestrictedExpressions.Manager(BpmnBeans.ofInstances(Map.of("greeter", new Greeter())));

    @Test
    void evaluatesWhatTheModelsUse() {
        assertThat(evaluate("${unitCode.toLowerCase()}")).isEqualTo("u001");
        assertThat(evaluate("unit-${unitCode.toLowerCase().trim()}")).isEqualTo("unit-u001");
        assertThat(evaluate("${greeter.hello(unitCode)}")).isEqualTo("你好，U001");
        assertThat(evaluate("${partyDecision == 'APPROVE'}")).isEqualTo(true);
    }

    @Test
    void refusesEverythingElse() {
        assertThatThrownBy(() -> evaluate("${''.getClass().forName('java.lang.Runtime')}")).isInstanceOf(ELException.class)
                .hasMessageContaining("getClass");
        assertThatThrownBy(() -> evaluate("${greeter.getClass()}")).isInstanceOf(ELException.class);
        assertThatThrownBy(() -> evaluate("${unitCode.bytes}")).isInstanceOf(ELException.class);
        assertThatThrownBy(() -> evaluate("${unitCode.getBytes()}")).isInstanceOf(ELException.class);
        assertThatThrownBy(() -> evaluate("${identityService}")).isInstanceOf(RuntimeException.class);
    }

    private Object evaluate(String expression) {
        var variables = Variables.createVariables().putValue("unitCode", "U001").putValue("partyDecision", "APPROVE");
        return manager.createValueExpression(expression).getValue(manager.createElContext(variables.asVariableContext()));
    }
}

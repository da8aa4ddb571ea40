package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class ProcessVariablesTest {

    @Test
    void readsTheAmountExactlyWhateverItWasKeptAs() {
        assertThat(ProcessVariables.aidAmount(holding(1200))).isEqualByComparingTo("1200");
        assertThat(ProcessVariables.aidAmount(holding("850.5"))).isEqualByComparingTo("850.5");
        // a process started before the prefill was kept as text, or a form that submitted a double
        assertThat(ProcessVariables.aidAmount(holding(1000.0))).isEqualByComparingTo("1000");
        assertThat(ProcessVariables.aidAmount(holding(1234.56))).isEqualTo("1234.56");
    }

    @Test
    void readsNoAmountWhenThereIsNoNumber() {
        assertThat(ProcessVariables.aidAmount(holding(null))).isNull();
        assertThat(ProcessVariables.aidAmount(holding("一千"))).isNull();
    }

    private static VariableScope holding(Object amount) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(ProcessVariables.AID_AMOUNT)).thenReturn(amount);
        return scope;
    }
}

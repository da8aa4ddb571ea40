package org.warmaid.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one-statement stage move names the entry stages in its text: they must be Stage.IN_ENTRY. */
class StageQueriesTest {

    @Test
    void theMovePastEntryExcludesExactlyTheEntryStages() {
        String query = RegistrationStages.MOVE_PAST_ENTRY;

        assertThat(Arrays.stream(Stage.values()).filter(stage -> query.contains("'" + stage.name() + "'")))
                .containsExactlyInAnyOrderElementsOf(Stage.IN_ENTRY);
    }
}

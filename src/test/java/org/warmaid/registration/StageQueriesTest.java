package org.warmaid.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/** The one-statement stage move names the entry stages in its text: they must be Stage.IN_ENTRY. */
class StageQueriesTest {

    @Test
    void theMovePastEntryExcludesExactlyTheEntryStages() throws NoSuchMethodException {
        String query = Registrations.class.getMethod("moveOnPastEntry", Long.class, String.class, Instant.class)
                .getAnnotation(Query.class).value();

        assertThat(Arrays.stream(Stage.values()).filter(stage -> query.contains("'" + stage.name() + "'")))
                .containsExactlyInAnyOrderElementsOf(Stage.IN_ENTRY);
    }
}

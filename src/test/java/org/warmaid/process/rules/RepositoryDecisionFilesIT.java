package org.warmaid.process.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.process.rules.RepositoryDecisionFiles.RepositoryFile;
import org.warmaid.support.MariaDbIntegrationTest;

/** What a start does with the files of dmn/: never replace a version deployed on the workbench. */
@MariaDbIntegrationTest
class RepositoryDecisionFilesIT {

    private static final String KEY = "MinimumLivingStandard";

    @Autowired
    RepositoryDecisionFiles files;

    @Autowired
    DecisionVersions versions;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void restoreTheRepositoryTable() {
        RepositoryFile shipped = files.file(KEY).orElseThrow();
        deploy(new String(shipped.content(), StandardCharsets.UTF_8), DecisionOrigin.REPOSITORY);
    }

    @Test
    void aStartNeverReplacesAWorkbenchVersionButDeploysAChangedFileOverARepositoryVersion() {
        RepositoryFile shipped = files.file(KEY).orElseThrow();
        String original = new String(shipped.content(), StandardCharsets.UTF_8);
        assertThat(original).contains("<text>620</text>");

        DecisionVersion workbench = deploy(original.replace("<text>620</text>", "<text>650</text>"), DecisionOrigin.WORKBENCH);
        files.deployIfChanged(shipped);
        assertThat(live().definitionId()).as("the shipped file does not replace the workbench's 650")
                .isEqualTo(workbench.definitionId());

        RepositoryFile changed = file(original.replace("<text>620</text>", "<text>630</text>"));
        files.deployIfChanged(changed);
        assertThat(live().definitionId()).as("nor does a changed file").isEqualTo(workbench.definitionId());

        DecisionVersion fromRepository = deploy(original, DecisionOrigin.REPOSITORY);
        files.deployIfChanged(shipped);
        assertThat(live().definitionId()).as("an unchanged file is not deployed again")
                .isEqualTo(fromRepository.definitionId());

        files.deployIfChanged(changed);
        DecisionVersion deployed = live();
        assertThat(deployed.version()).as("a changed file replaces a version from the repository")
                .isEqualTo(fromRepository.version() + 1);
        assertThat(deployed.origin()).isEqualTo(DecisionOrigin.REPOSITORY);
        assertThat(new String(versions.content(deployed), StandardCharsets.UTF_8)).contains("<text>630</text>");
    }

    private DecisionVersion live() {
        return versions.live(KEY).orElseThrow();
    }

    private RepositoryFile file(String content) {
        return new RepositoryFile(KEY + ".dmn", List.of(KEY), content.getBytes(StandardCharsets.UTF_8));
    }

    private DecisionVersion deploy(String content, DecisionOrigin origin) {
        return transactions.execute(status -> {
            versions.lock();
            return versions.deploy(KEY, KEY + ".dmn", content.getBytes(StandardCharsets.UTF_8), origin);
        });
    }
}

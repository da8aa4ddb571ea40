package org.warmaid.process.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys the decision files of {@code dmn/} at start, before the application serves a request,
 * with one rule the engine's own auto-deployment cannot follow: a file replaces the live version
 * of its decision only when that version came from the repository too. A version deployed on the
 * rules workbench (or through the engine API) stays live; the file is then reported, and the
 * workbench shows it beside the live table, to be deployed there with a reason or replaced in the
 * repository by the live table's download.
 */
@Component
public class RepositoryDecisionFiles implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RepositoryDecisionFiles.class);
    private static final String PATTERN = "classpath*:dmn/**/*.dmn";

    /** A decision file of {@code dmn/}, as shipped with the application. */
    public record RepositoryFile(String fileName, List<String> keys, byte[] content) {
    }

    private final DecisionVersions versions;
    private final TransactionTemplate transactions;
    private final Map<String, RepositoryFile> byKey = new LinkedHashMap<>();

    RepositoryDecisionFiles(DecisionVersions versions, TransactionTemplate transactions) {
        this.versions = versions;
        this.transactions = transactions;
        for (RepositoryFile file : read()) {
            file.keys().forEach(key -> byKey.put(key, file));
        }
    }

    /** The repository's file of the decision, if it has one. */
    public Optional<RepositoryFile> file(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public void afterSingletonsInstantiated() {
        byKey.values().stream().distinct().forEach(this::deployIfChanged);
    }

    /** What a start does with one file: deploys it unless it is live already or the live version is not from the repository. */
    void deployIfChanged(RepositoryFile file) {
        transactions.executeWithoutResult(status -> deployUnderLock(file));
    }

    private void deployUnderLock(RepositoryFile file) {
        versions.lock();
        boolean changed = false;
        for (String key : file.keys()) {
            Optional<DecisionVersion> live = versions.live(key);
            if (live.isPresent() && Arrays.equals(versions.content(live.get()), file.content())) {
                continue;
            }
            if (live.isPresent() && live.get().origin() != DecisionOrigin.REPOSITORY) {
                log.warn("dmn/{} differs from the live version {} of decision {}, which was deployed by {} on {}: "
                        + "the file is not deployed. Compare and deploy it on the rules workbench (/rules/{}), "
                        + "or commit the live table's download as dmn/{}.", file.fileName(), live.get().version(), key,
                        live.get().origin(), live.get().deployedAt(), key, file.fileName());
                return;
            }
            changed = true;
        }
        if (changed) {
            String key = file.keys().get(0);
            // audited as every deployment is, by the deployment guard
            DecisionVersion deployed = versions.deploy(key, file.fileName(), file.content(), DecisionOrigin.REPOSITORY);
            log.info("dmn/{} deployed as version {} of decision {}", file.fileName(), deployed.version(), key);
        }
    }

    private static List<RepositoryFile> read() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            return Arrays.stream(resources).map(RepositoryDecisionFiles::file).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RepositoryFile file(Resource resource) {
        try (InputStream stream = resource.getInputStream()) {
            byte[] content = stream.readAllBytes();
            return new RepositoryFile(resource.getFilename(), DecisionDrafts.keysOf(DecisionDrafts.model(content)), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.warmaid.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-20T02:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RecordedExtensions extensions = new RecordedExtensions();
    private final EntryWindows windows = new EntryWindows(null, extensions, Clock.fixed(NOW, ZoneOffset.UTC), ZONE);

    @Test
    void beforeTheCampaignsDeadlineEntryIsOpenWithoutLookingForExtensions() {
        Campaign campaign = openCampaign(NOW.plus(Duration.ofHours(1)));

        assertThat(windows.whyNewEntriesClosed(Optional.of(campaign), "U001")).isEmpty();
        assertThat(windows.whyChangesClosed(campaign, "U001", null)).isEmpty();
        assertThat(extensions.lookups).isEmpty();
    }

    @Test
    void afterTheCampaignsDeadlineOnlyAUnitWithALaterExtensionMayEnter() {
        Campaign campaign = openCampaign(NOW.minus(Duration.ofHours(1)));
        extensions.until = Optional.of(NOW.plus(Duration.ofHours(2)));

        assertThat(windows.whyNewEntriesClosed(Optional.of(campaign), "U001")).isEmpty();
        assertThat(extensions.lookups).containsExactly("U001");

        // an extension that ran out: its end, not the campaign's deadline, is the unit's
        extensions.until = Optional.of(NOW.minus(Duration.ofMinutes(1)));
        assertThat(windows.whyNewEntriesClosed(Optional.of(campaign), "U002")).hasValueSatisfying(
                message -> assertThat(message).contains("申报系统已于2026年12月20日 09:59关闭"));

        extensions.until = Optional.empty();
        assertThat(windows.whyChangesClosed(campaign, "U003", null)).isPresent();
    }

    @Test
    void aClosedCampaignTakesNothingEvenBeforeItsDeadline() {
        Campaign campaign = new Campaign("2026年送温暖", 2026, "长春市", NOW.plus(Duration.ofDays(1)), NOW);

        assertThat(windows.whyNewEntriesClosed(Optional.of(campaign), "U001")).hasValueSatisfying(
                message -> assertThat(message).contains("已结束"));
    }

    private static Campaign openCampaign(Instant entryDeadline) {
        Campaign campaign = new Campaign("2026年送温暖", 2026, "长春市", entryDeadline, NOW.minus(Duration.ofDays(30)));
        campaign.open();
        return campaign;
    }

    /** Extensions as the repository would answer, recording which units were looked up. */
    private static final class RecordedExtensions implements EntryExtensions {

        Optional<Instant> until = Optional.empty();
        final List<String> lookups = new ArrayList<>();

        @Override
        public EntryExtension save(EntryExtension extension) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EntryExtension> findByCampaignIdOrderByIdDesc(Long campaignId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> latestUntil(Long campaignId, String unitCode) {
            lookups.add(unitCode);
            return until;
        }
    }
}

package org.warmaid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warmaid.review.ReviewDecision;

/** The audit log speaks Chinese: every action, outcome and address in words. */
class AuditWordsTest {

    @Test
    void everyActionHasAChineseLabel() {
        assertThat(AuditAction.values()).allSatisfy(action -> assertThat(action.label()).containsPattern("\\p{IsHan}"));
        assertThat(AuditAction.labelOf("LOGIN_SUCCESS")).isEqualTo("登录成功");
        assertThat(AuditAction.labelOf("SOMETHING_OLD")).as("an unknown stored code is shown as it is").isEqualTo("SOMETHING_OLD");
        assertThat(AuditOutcome.labelOf("SUCCESS")).isEqualTo("成功");
        assertThat(AuditOutcome.labelOf("REFUSED")).isEqualTo("被拒绝");
    }

    @Test
    void everyDecisionTheReviewHistoryRecordsHasItsOwnAction() throws IOException {
        for (ReviewDecision decision : ReviewDecision.values()) {
            assertThat(AuditAction.review(decision.name())).isNotEqualTo(AuditAction.REVIEW_OTHER);
        }
        String reviews = Files.readString(Path.of("src/main/java/org/warmaid/review/Reviews.java"));
        Matcher saved = Pattern.compile("\"([A-Z][A-Z_]+)\"").matcher(reviews);
        while (saved.find()) {
            if (!Stream.of("PASS", "FAIL").toList().contains(saved.group(1))) {
                assertThat(AuditAction.review(saved.group(1))).as(saved.group(1)).isNotEqualTo(AuditAction.REVIEW_OTHER);
            }
        }
        assertThat(AuditAction.adminOperation("Create")).isEqualTo(AuditAction.ADMIN_CREATE);
        assertThat(AuditAction.adminOperation("SetOwner")).isEqualTo(AuditAction.ADMIN_OTHER);
    }

    @Test
    void addressesAreWrittenShortAndThisMachineIsNamed() {
        assertThat(AuditAddresses.readable("0:0:0:0:0:0:0:1")).isEqualTo("本机（::1）");
        assertThat(AuditAddresses.readable("127.0.0.1")).isEqualTo("本机（127.0.0.1）");
        assertThat(AuditAddresses.readable("2001:0db8:0:0:0:0:0:5")).isEqualTo("2001:db8::5");
        assertThat(AuditAddresses.readable("fe80:0:0:1:0:0:0:1")).isEqualTo("fe80:0:0:1::1");
        assertThat(AuditAddresses.readable("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(AuditAddresses.readable("::ffff:10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(AuditAddresses.readable(null)).isEmpty();
        assertThat(AuditAddresses.readable("unknown")).isEqualTo("unknown");
    }
}

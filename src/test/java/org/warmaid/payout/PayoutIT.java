package org.warmaid.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.campaign.Campaign;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.review.ReviewStep;
import org.warmaid.review.Reviews;
import org.warmaid.review.StepDecision;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;

/**
 * Paying exactly once, on real MariaDB: batches built at the same moment, the bank file, the bank's
 * result imported twice, two officers confirming the same payment, and the database's own guard.
 */
@MariaDbIntegrationTest
@ResourceLock(Fixtures.WAITING_PAYMENTS)
class PayoutIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Journeys journeys;

    @Autowired
    Batches batches;

    @Autowired
    Payments payments;

    @Autowired
    Payouts payouts;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    Reviews reviews;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    AccountPrincipal finance;
    AccountPrincipal admin;
    Campaign campaign;

    @BeforeEach
    void people() {
        campaign = fixtures.openCampaign();
        finance = accounts.principalOf("finance");
        admin = accounts.principalOf("demo");
        settleEverythingWaiting();
    }

    @Test
    void twoOfficersBuildingBatchesAtOnceNeverPutAPaymentInTwoBatches() throws Exception {
        List<Registration> waiting = journeys.awaitingPayout(fixtures.newUnit(), 6);
        List<Object> outcomes = race(() -> batches.build(finance, campaign.getId()), () -> batches.build(admin, campaign.getId()));

        List<PayoutBatch> built = outcomes.stream().filter(PayoutBatch.class::isInstance).map(PayoutBatch.class::cast).toList();
        assertThat(built).isNotEmpty();
        int inBatches = built.stream().mapToInt(PayoutBatch::getPaymentCount).sum();
        assertThat(inBatches).as("every waiting payment claimed exactly once").isEqualTo(waiting.size());
        for (Registration registration : waiting) {
            assertThat(payments.findByRegistrationIdOrderByIdAsc(registration.getId())).singleElement()
                    .satisfies(payment -> assertThat(payment.getStatus()).isEqualTo(PaymentStatus.IN_BATCH));
        }
        outcomes.stream().filter(Throwable.class::isInstance)
                .forEach(failure -> assertThat((Throwable) failure).hasMessageContaining("没有待发放的登记"));
    }

    @Test
    void theBankFileHasEveryPaymentTotalsAndAControlSum() throws IOException {
        List<Registration> waiting = journeys.awaitingPayout(fixtures.newUnit(), 3);
        PayoutBatch batch = batches.build(finance, campaign.getId());
        Batches.BankFile file = batches.bankFile(finance, batch.getId());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("户名");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("卡号");
            Registration first = registrations.findById(waiting.get(0).getId()).orElseThrow();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(first.getName());
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(first.getIdNumber());
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(first.getBankCardNumber());
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计笔数");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("3");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("3003.00");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("校验值");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).matches("[0-9A-F]{16}");
        }
        assertThat(batches.get(batch.getId()).getStatus()).isEqualTo(BatchStatus.SENT);
    }

    @Test
    void theBanksResultPaysOrFailsEachOnceEvenWhenImportedTwice() throws IOException {
        List<Registration> waiting = journeys.awaitingPayout(fixtures.newUnit(), 3);
        PayoutBatch batch = batches.build(finance, campaign.getId());
        byte[] result = bankResult(batches.bankFile(finance, batch.getId()).content(), "成功", "失败", "成功");

        Batches.Settlement first = batches.importResult(finance, batch.getId(), result);
        assertThat(first.paid()).isEqualTo(2);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.problems()).isEmpty();
        assertThat(stage(waiting.get(0))).isEqualTo(Stage.PAID);
        assertThat(stage(waiting.get(1))).isEqualTo(Stage.PAYOUT_FAILED);
        assertThat(stage(waiting.get(2))).isEqualTo(Stage.PAID);
        assertThat(batches.get(batch.getId()).getStatus()).isEqualTo(BatchStatus.SETTLED);

        Batches.Settlement again = batches.importResult(finance, batch.getId(), result);
        assertThat(again.fileSeenBefore()).isTrue();
        assertThat(again.paid()).isZero();
        assertThat(again.failed()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(reviews.history(waiting.get(0).getId())).filteredOn(step -> step.getDecision() == StepDecision.PAID).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from payment where registration_id = ? and status = 'PAID'",
                Integer.class, waiting.get(0).getId())).isEqualTo(1);
    }

    @Test
    void aBatchMarkedByHandIsSettledWithItsLastPayment() {
        List<Registration> waiting = journeys.awaitingPayout(fixtures.newUnit(), 3);
        PayoutBatch batch = batches.build(finance, campaign.getId());
        List<Long> payments = waiting.stream().map(r -> payouts.openPayment(r.getId()).orElseThrow().getId()).toList();

        batches.mark(finance, payments.get(0), true, "");
        batches.mark(finance, payments.get(1), false, "户名不符");
        assertThat(batches.get(batch.getId()).getStatus()).as("one payment still waits for the bank")
                .isEqualTo(BatchStatus.CREATED);

        batches.mark(finance, payments.get(2), true, "");
        assertThat(batches.get(batch.getId()).getStatus()).isEqualTo(BatchStatus.SETTLED);
        assertThat(waiting).extracting(this::stage).containsExactly(Stage.PAID, Stage.PAYOUT_FAILED, Stage.PAID);
    }

    @Test
    void twoOfficersConfirmingTheSamePaymentAtOncePayItOnce() throws Exception {
        // each round is the last payment of its batch, so both officers also try to close the batch
        for (int round = 0; round < 5; round++) {
            Registration registration = journeys.awaitingPayout(fixtures.newUnit(), 1).get(0);
            PayoutBatch batch = batches.build(finance, campaign.getId());
            Long paymentId = payouts.openPayment(registration.getId()).orElseThrow().getId();

            List<Object> outcomes = race(() -> batches.mark(finance, paymentId, true, ""), () -> batches.mark(admin, paymentId, true, ""));
            assertThat(outcomes).as("both officers are answered, neither with an error").allMatch(Batches.Settlement.class::isInstance);
            int paid = outcomes.stream().mapToInt(outcome -> ((Batches.Settlement) outcome).paid()).sum();
            assertThat(paid).isEqualTo(1);
            assertThat(stage(registration)).isEqualTo(Stage.PAID);
            assertThat(reviews.history(registration.getId())).extracting(ReviewStep::getDecision).containsOnlyOnce(StepDecision.PAID);
            assertThat(batches.get(batch.getId()).getStatus()).isEqualTo(BatchStatus.SETTLED);
        }
    }

    @Test
    void theApproverCannotConfirmThePayment() {
        Registration registration = journeys.awaitingPayout(fixtures.newUnit(), 1).get(0);
        PayoutBatch batch = batches.build(finance, campaign.getId());
        Long paymentId = payouts.openPayment(registration.getId()).orElseThrow().getId();
        AccountPrincipal approver = accounts.principalOf("reviewer");
        assertThatThrownBy(() -> batches.mark(approver, paymentId, true, "")).hasMessageContaining("仅财务人员");
        assertThatThrownBy(() -> payouts.confirm(paymentId, "reviewer")).hasMessageContaining("职责分离");
        assertThat(stage(registration)).isEqualTo(Stage.AWAITING_PAYOUT);
        assertThat(batch.getPaymentCount()).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfAllowsOneOpenAndOnePaidPaymentPerRegistration() {
        Registration registration = journeys.awaitingPayout(fixtures.newUnit(), 1).get(0);
        String insert = "insert into payment (registration_id, campaign_id, amount, status, open_slot, paid_slot, created_at, version) "
                + "values (?, ?, 1000, ?, ?, ?, current_timestamp, 0)";
        assertThatThrownBy(() -> jdbc.update(insert, registration.getId(), campaign.getId(), "WAITING", 1, null))
                .as("a second open payment").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        batches.build(finance, campaign.getId());
        batches.mark(finance, payouts.openPayment(registration.getId()).orElseThrow().getId(), true, "");
        assertThatThrownBy(() -> jdbc.update(insert, registration.getId(), campaign.getId(), "PAID", null, 1))
                .as("a second paid payment").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aRegistrationPassingItsDocumentCheckWaitsForOnePaymentOfTheApprovedAmount() {
        Registration registration = journeys.awaitingPayout(fixtures.newUnit(), 1).get(0);
        Payment waiting = payouts.openPayment(registration.getId()).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(PaymentStatus.WAITING);
        assertThat(waiting.getAmount()).isEqualByComparingTo("1000.00");
        assertThat(waiting.getCampaignId()).isEqualTo(campaign.getId());
        assertThat(waiting.getApprovedBy()).isEqualTo("reviewer");
        assertThat(waiting.getCreatedAt()).isCloseTo(Instant.now(), within(10, ChronoUnit.MINUTES));

        // enlisted again while a payment is open (e.g. the process repeats the step): the open payment stays
        inTransaction(() -> payouts.awaitPayment(registration.getId(), new BigDecimal("2000"), "someone"));
        assertThat(payments.findByRegistrationIdOrderByIdAsc(registration.getId())).singleElement()
                .satisfies(payment -> assertThat(payment.getAmount()).isEqualByComparingTo("1000.00"));

        assertThatThrownBy(() -> inTransaction(() -> payouts.awaitPayment(-1L, BigDecimal.TEN, "reviewer")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown registration");
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    private Stage stage(Registration registration) {
        return registrations.findById(registration.getId()).orElseThrow().getStage();
    }

    /** Payments other tests left waiting would join this test's batches: settle them out of the way. */
    private void settleEverythingWaiting() {
        if (batches.waiting(campaign.getId()) > 0) {
            PayoutBatch leftovers = batches.build(finance, campaign.getId());
            batches.payments(leftovers.getId()).forEach(payment -> batches.mark(finance, payment.getId(), true, ""));
        }
    }

    private static byte[] bankResult(byte[] bankFile, String... outcomes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bankFile))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            header.createCell(6).setCellValue("处理结果");
            header.createCell(7).setCellValue("失败原因");
            for (int i = 0; i < outcomes.length; i++) {
                Row row = sheet.getRow(i + 1);
                row.createCell(6).setCellValue(outcomes[i]);
                row.createCell(7).setCellValue(outcomes[i].equals("成功") ? "" : "账户已销户");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @SafeVarargs
    private static List<Object> race(Callable<?>... actions) throws Exception {
        CyclicBarrier start = new CyclicBarrier(actions.length);
        ExecutorService pool = Executors.newFixedThreadPool(actions.length);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> action : actions) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return action.call();
                    } catch (RuntimeException failure) {
                        return failure;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

}

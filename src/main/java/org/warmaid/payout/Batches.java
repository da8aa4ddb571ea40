package org.warmaid.payout;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;

/**
 * Finance's payout batches: build one from every payment waiting, hand its file to the bank, record
 * the bank's result. Each payment is claimed by one batch only, and is settled once: confirming,
 * importing a result again, or two officers at once change nothing the second time.
 */
@Service
public class Batches {

    private final PayoutBatches batches;
    private final Payments payments;
    private final Payouts payouts;
    private final RegistrationDirectory registrations;
    private final CampaignDirectory campaigns;
    private final PayoutSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Batches(PayoutBatches batches, Payments payments, Payouts payouts, RegistrationDirectory registrations, CampaignDirectory campaigns,
            PayoutSettings settings, AuditLog audit, Clock clock, TransactionTemplate transactions) {
        this.batches = batches;
        this.payments = payments;
        this.payouts = payouts;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    public record BankFile(String fileName, byte[] content) {
    }

    /** What a result import (or a manual marking) did. */
    public record Settlement(int paid, int failed, int unchanged, List<String> problems, boolean fileSeenBefore) {
    }

    @Transactional(readOnly = true)
    public List<PayoutBatch> of(Long campaignId) {
        return batches.findByCampaignIdOrderByIdDesc(campaignId);
    }

    @Transactional(readOnly = true)
    public long waiting(Long campaignId) {
        return payments.countByCampaignIdAndStatus(campaignId, PaymentStatus.WAITING);
    }

    @Transactional(readOnly = true)
    public PayoutBatch get(Long batchId) {
        return batches.findById(batchId).orElseThrow(() -> new PayoutRefused("没有这个发放批次"));
    }

    @Transactional(readOnly = true)
    public List<Payment> payments(Long batchId) {
        return payments.findByBatchIdOrderByIdAsc(batchId);
    }

    /** A new batch of every payment of the campaign still waiting. */
    public PayoutBatch build(AccountPrincipal account, Long campaignId) {
        requireFinance(account);
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return transactions.execute(status -> buildNow(account, campaignId));
            } catch (DataIntegrityViolationException sameReference) {
                // another officer built a batch with the same number at the same moment: take the next number
            }
        }
        throw new PayoutRefused("生成批次未成功，请稍后重试");
    }

    private PayoutBatch buildNow(AccountPrincipal account, Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new PayoutRefused("没有这个活动"));
        String reference = "%d-P%03d".formatted(campaign.getYear(), batches.countByCampaignId(campaignId) + 1);
        PayoutBatch batch = batches.saveAndFlush(new PayoutBatch(reference, campaignId, settings.defaultBank(),
                account.id(), clock.instant()));
        int claimed = payments.claimWaiting(campaignId, batch.getId());
        if (claimed == 0) {
            throw new PayoutRefused("当前没有待发放的登记，无需生成批次");
        }
        List<Payment> included = payments.findByBatchIdOrderByIdAsc(batch.getId());
        batch.totals(included.size(), included.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        audit.success(AuditAction.PAYOUT_BATCH_BUILD, "payout_batch", reference,
                "生成发放批次：" + included.size() + " 笔，合计 " + batch.getTotalAmount() + " 元");
        return batches.save(batch);
    }

    /** The bank file of the batch, with full names, ID and card numbers; audited. */
    @Transactional
    public BankFile bankFile(AccountPrincipal account, Long batchId) throws IOException {
        requireFinance(account);
        PayoutBatch batch = get(batchId);
        List<Payment> included = payments.findByBatchIdOrderByIdAsc(batchId);
        Map<Long, Registration> byId = registrations.findAllById(included.stream().map(Payment::getRegistrationId).toList())
                .stream().collect(Collectors.toMap(Registration::getId, Function.identity()));
        List<BankFiles.Line> lines = included.stream().map(payment -> {
            Registration r = byId.get(payment.getRegistrationId());
            return new BankFiles.Line(payment.getId(), r.getName(), r.getIdNumber(), r.getBankCardNumber(),
                    payment.getAmount(), r.getReference());
        }).toList();
        byte[] content = BankFiles.write(settings.layout(batch.getBankLayout()), lines);
        batch.sent();
        audit.success(AuditAction.EXPORT_BANK_FILE, "payout_batch", batch.getReference(),
                "下载银行批量文件：" + lines.size() + " 笔，合计 " + batch.getTotalAmount() + " 元");
        return new BankFile("发放批次-" + batch.getReference() + ".xlsx", content);
    }

    /** The bank's result file: each paid row confirms its payment, each failed row starts the failure handling. */
    public Settlement importResult(AccountPrincipal account, Long batchId, byte[] file) {
        requireFinance(account);
        PayoutBatch batch = get(batchId);
        if (file == null || file.length == 0) {
            throw new PayoutRefused("请选择银行返回的结果文件");
        }
        List<BankFiles.Result> results;
        try {
            results = BankFiles.read(settings.layout(batch.getBankLayout()), file);
        } catch (IllegalArgumentException unreadable) {
            throw new PayoutRefused(unreadable.getMessage());
        }
        String hash = sha256(file);
        boolean seenBefore = hash.equals(batch.getResultFileHash());
        Map<Long, Payment> inBatch = payments.findByBatchIdOrderByIdAsc(batchId).stream()
                .collect(Collectors.toMap(Payment::getId, Function.identity()));
        int paid = 0;
        int failed = 0;
        int unchanged = 0;
        List<String> problems = new ArrayList<>();
        for (BankFiles.Result result : results) {
            Payment payment = result.paymentId() == null ? null : inBatch.get(result.paymentId());
            if (payment == null) {
                problems.add("第" + result.row() + "行：不是本批次的发放记录");
                continue;
            }
            if (result.amount() == null || result.amount().compareTo(payment.getAmount()) != 0) {
                problems.add("第" + result.row() + "行：金额与本批次不符（应为 " + payment.getAmount() + " 元），未处理");
                continue;
            }
            Settled settled = settle(account, payment.getId(), result.paid(), result.reason());
            switch (settled.outcome()) {
                case PAID -> paid++;
                case FAILED -> failed++;
                case UNCHANGED -> unchanged++;
                case REFUSED -> problems.add("第" + result.row() + "行：" + settled.refusal());
            }
        }
        Settlement settlement = new Settlement(paid, failed, unchanged, problems, seenBefore);
        updateBatch(batchId, current -> {
            current.resultImported(hash, clock.instant());
            if (!hasOpenPayments(batchId)) {
                current.settled();
            }
            audit.success(AuditAction.PAYOUT_RESULT_IMPORT, "payout_batch", current.getReference(), "导入银行结果："
                    + settlement.paid() + " 笔成功，" + settlement.failed() + " 笔失败，" + settlement.unchanged()
                    + " 笔已处理过" + (settlement.problems().isEmpty() ? "" : "，" + settlement.problems().size() + " 行有问题"));
        });
        return settlement;
    }

    /** Marks one payment by hand (when the bank reports on paper). */
    public Settlement mark(AccountPrincipal account, Long paymentId, boolean paid, String reason) {
        requireFinance(account);
        Settled settled = settle(account, paymentId, paid, reason);
        Outcome outcome = settled.outcome();
        if (outcome == Outcome.REFUSED) {
            throw new PayoutRefused(settled.refusal());
        }
        closeBatchIfSettled(paymentId);
        return new Settlement(outcome == Outcome.PAID ? 1 : 0, outcome == Outcome.FAILED ? 1 : 0,
                outcome == Outcome.UNCHANGED ? 1 : 0, List.of(), false);
    }

    /**
     * Whoever settles a batch's last open payment closes it: that officer's own settlement was
     * committed before, so every other one is visible here. One transaction looks for open
     * payments in the payment's batch and, if there are none, closes the batch.
     */
    private void closeBatchIfSettled(Long paymentId) {
        retryingOnBatchConflict(() -> {
            if (!payments.openInBatchOf(paymentId, Limit.of(1)).isEmpty()) {
                return;
            }
            Long batchId = payments.batchIdOf(paymentId);
            if (batchId != null) {
                apply(batchId, PayoutBatch::settled);
            }
        });
    }

    /** Applies a change to the batch in a transaction of its own. */
    private void updateBatch(Long batchId, Consumer<PayoutBatch> change) {
        retryingOnBatchConflict(() -> apply(batchId, change));
    }

    private void apply(Long batchId, Consumer<PayoutBatch> change) {
        PayoutBatch batch = get(batchId);
        change.accept(batch);
        batches.saveAndFlush(batch);
    }

    /**
     * Runs a change of a batch in a transaction of its own. Two officers settling the last payments
     * of one batch at the same moment both close it: the later one's version conflict is not an
     * error of its own settlement (already committed), so it reads the batch again and retries.
     */
    private void retryingOnBatchConflict(Runnable change) {
        for (int attempt = 1;; attempt++) {
            try {
                transactions.executeWithoutResult(status -> change.run());
                return;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == 3) {
                    throw concurrent;
                }
            }
        }
    }

    private boolean hasOpenPayments(Long batchId) {
        return !payments.openInBatch(batchId, Limit.of(1)).isEmpty();
    }

    private enum Outcome { PAID, FAILED, UNCHANGED, REFUSED }

    private record Settled(Outcome outcome, String refusal) {
    }

    private Settled settle(AccountPrincipal account, Long paymentId, boolean paid, String reason) {
        try {
            boolean changed = paid ? payouts.confirm(paymentId, account.id()) : payouts.fail(paymentId, reason, account.id());
            return new Settled(!changed ? Outcome.UNCHANGED : paid ? Outcome.PAID : Outcome.FAILED, null);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
            // another officer settled the same payment at the same moment; theirs counts
            return new Settled(Outcome.UNCHANGED, null);
        } catch (PayoutRefused refusal) {
            return new Settled(Outcome.REFUSED, refusal.getMessage());
        }
    }

    private static void requireFinance(AccountPrincipal account) {
        if (account == null || !(account.isIn(AccessGroups.FINANCE) || account.isIn(AccessGroups.ADMINISTRATORS))) {
            throw new PayoutRefused("仅财务人员可以办理资助金发放");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

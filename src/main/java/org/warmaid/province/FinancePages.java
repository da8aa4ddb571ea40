package org.warmaid.province;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.campaign.Campaign;
import org.warmaid.payout.Batches;
import org.warmaid.payout.Payment;
import org.warmaid.payout.PayoutBatch;
import org.warmaid.payout.PayoutRefused;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;

/** 资助金发放 for finance: build batches, the bank file, the bank's result, marking by hand. */
@Controller
class FinancePages {

    private final Batches batches;
    private final CampaignChoice campaigns;
    private final RegistrationDirectory registrations;
    private final AccountDirectory people;

    FinancePages(Batches batches, CampaignChoice campaigns, RegistrationDirectory registrations, AccountDirectory people) {
        this.batches = batches;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.people = people;
    }

    @GetMapping("/finance/batches")
    String list(@RequestParam(required = false) Long campaign, Model model) {
        Campaign shown = campaigns.of(campaign);
        model.addAttribute("shown", shown);
        model.addAttribute("campaigns", campaigns.all());
        List<PayoutBatch> shownBatches = batches.of(shown.getId());
        model.addAttribute("batches", shownBatches);
        // who built each batch, by name (the account id in brackets, as the audit log knows them)
        Map<String, String> names = new HashMap<>();
        shownBatches.forEach(batch -> names.computeIfAbsent(batch.getCreatedBy(),
                id -> people.displayName(id).map(name -> name + "（" + id + "）").orElse(id)));
        model.addAttribute("names", names);
        model.addAttribute("waiting", batches.waiting(shown.getId()));
        return "province/batches";
    }

    @PostMapping("/finance/batches")
    String build(@AuthenticationPrincipal AccountPrincipal account, @RequestParam Long campaign, RedirectAttributes redirect) {
        try {
            PayoutBatch batch = batches.build(account, campaign);
            redirect.addFlashAttribute("success", "已生成发放批次 " + batch.getReference() + "：" + batch.getPaymentCount()
                    + " 笔，合计 " + batch.getTotalAmount() + " 元");
            return "redirect:/finance/batches/" + batch.getId();
        } catch (PayoutRefused refusal) {
            redirect.addFlashAttribute("failure", refusal.getMessage());
            return "redirect:/finance/batches?campaign=" + campaign;
        }
    }

    @GetMapping("/finance/batches/{id}")
    String batch(@PathVariable Long id, Model model) {
        PayoutBatch batch = batches.get(id);
        var payments = batches.payments(id);
        Map<Long, Registration> byId = registrations.findAllById(payments.stream().map(Payment::getRegistrationId).toList())
                .stream().collect(Collectors.toMap(Registration::getId, Function.identity()));
        model.addAttribute("batch", batch);
        model.addAttribute("payments", payments);
        model.addAttribute("registrations", byId);
        return "province/batch";
    }

    @GetMapping("/finance/batches/{id}/bank-file.xlsx")
    ResponseEntity<byte[]> bankFile(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) throws IOException {
        Batches.BankFile file = batches.bankFile(account, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    @PostMapping("/finance/batches/{id}/result")
    String importResult(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            Batches.Settlement settlement = batches.importResult(account, id, file == null ? null : file.getBytes());
            redirect.addFlashAttribute("success", (settlement.fileSeenBefore() ? "该结果文件已导入过；" : "")
                    + "已发放 " + settlement.paid() + " 笔，发放失败 " + settlement.failed() + " 笔，此前已处理 "
                    + settlement.unchanged() + " 笔");
            if (!settlement.problems().isEmpty()) {
                redirect.addFlashAttribute("failure", "以下行未处理：");
                redirect.addFlashAttribute("failures", settlement.problems());
            }
        } catch (PayoutRefused refusal) {
            redirect.addFlashAttribute("failure", refusal.getMessage());
        }
        return "redirect:/finance/batches/" + id;
    }

    @PostMapping("/finance/payments/{paymentId}")
    String mark(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long paymentId,
            @RequestParam boolean paid, @RequestParam(defaultValue = "") String reason, @RequestParam Long batch,
            RedirectAttributes redirect) {
        try {
            Batches.Settlement settlement = batches.mark(account, paymentId, paid, reason);
            redirect.addFlashAttribute("success", settlement.unchanged() > 0 ? "该笔发放此前已处理，未作改动"
                    : paid ? "已登记为已发放" : "已登记为发放失败，转财务处理");
        } catch (PayoutRefused refusal) {
            redirect.addFlashAttribute("failure", refusal.getMessage());
        }
        return "redirect:/finance/batches/" + batch;
    }
}

package org.warmaid.province;

import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignAdministration;
import org.warmaid.campaign.CampaignForm;
import org.warmaid.campaign.CampaignRefused;
import org.warmaid.registration.RegionStandards;

/** 活动设置 for administrators: campaigns, their settings, opening and closing, reopening entry for a unit. */
@Controller
class CampaignPages {

    private final CampaignAdministration administration;
    private final RegionStandards regions;
    private final UnitDirectory units;
    private final ZoneId zone;

    CampaignPages(CampaignAdministration administration, RegionStandards regions, UnitDirectory units,
            @Value("${warmaid.zone}") ZoneId zone) {
        this.administration = administration;
        this.regions = regions;
        this.units = units;
        this.zone = zone;
    }

    @GetMapping("/admin/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", administration.all());
        return "province/campaigns";
    }

    @GetMapping("/admin/campaigns/new")
    String newForm(Model model) {
        CampaignForm form = new CampaignForm();
        form.setYear(LocalDateTime.now(zone).getYear() + 1);
        form.setName(form.getYear() + "年元旦春节送温暖活动");
        form.setFormYear(form.getYear() - 1);
        form.setRegion("长春市");
        return form(model, form, null);
    }

    @PostMapping("/admin/campaigns/new")
    String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Campaign campaign = administration.create(form);
            redirect.addFlashAttribute("success", "已新建“" + campaign.getName() + "”，核对设置后点击“开放申报”");
            return "redirect:/admin/campaigns/" + campaign.getId();
        } catch (CampaignRefused refusal) {
            binding.reject("refused", refusal.getMessage());
            return form(model, form, null);
        }
    }

    @GetMapping("/admin/campaigns/{id}")
    String edit(@PathVariable Long id, Model model) {
        Campaign campaign = administration.get(id);
        return form(model, CampaignForm.of(campaign, zone), campaign);
    }

    @PostMapping("/admin/campaigns/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, administration.get(id));
        }
        try {
            administration.update(id, form);
            redirect.addFlashAttribute("success", "活动设置已保存");
            return "redirect:/admin/campaigns/" + id;
        } catch (CampaignRefused refusal) {
            binding.reject("refused", refusal.getMessage());
            return form(model, form, administration.get(id));
        }
    }

    @PostMapping("/admin/campaigns/{id}/open")
    String open(@PathVariable Long id, RedirectAttributes redirect) {
        return act(redirect, id, () -> administration.open(id), "已开放申报");
    }

    @PostMapping("/admin/campaigns/{id}/close")
    String close(@PathVariable Long id, RedirectAttributes redirect) {
        return act(redirect, id, () -> administration.close(id), "活动已结束，数据保留可查");
    }

    @PostMapping("/admin/campaigns/{id}/reopen")
    String reopen(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id,
            @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME) LocalDateTime until,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(redirect, id, () -> administration.reopenForUnit(id, unitCode, until, reason, account.id()),
                "已为该单位重新开放申报");
    }

    private String act(RedirectAttributes redirect, Long id, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("success", done);
        } catch (CampaignRefused | org.springframework.dao.DataIntegrityViolationException refusal) {
            redirect.addFlashAttribute("failure", refusal instanceof CampaignRefused ? refusal.getMessage() : "单位代码不正确");
        }
        return "redirect:/admin/campaigns/" + id;
    }

    private String form(Model model, CampaignForm form, Campaign campaign) {
        model.addAttribute("form", form);
        model.addAttribute("edited", campaign);
        model.addAttribute("regions", regions.known());
        model.addAttribute("units", units.findByActiveTrueOrderByCode());
        model.addAttribute("extensions", campaign == null ? java.util.List.of() : administration.extensions(campaign.getId()));
        return "province/campaign";
    }
}

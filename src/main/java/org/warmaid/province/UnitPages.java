package org.warmaid.province;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.warmaid.accounts.AccountRefused;
import org.warmaid.accounts.UnitAdministration;

/** 单位与账号 for administrators: the unit list, initial passwords (account sheets), unlocking. */
@Controller
class UnitPages {

    private final UnitAdministration administration;

    UnitPages(UnitAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/units")
    String list(Model model) {
        model.addAttribute("units", administration.overview());
        return "province/units";
    }

    @PostMapping("/admin/units/{code}")
    String update(@PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String unionHead, RedirectAttributes redirect) {
        try {
            administration.update(code, name, unionHead);
            redirect.addFlashAttribute("success", "单位信息已保存");
        } catch (AccountRefused refusal) {
            redirect.addFlashAttribute("failure", refusal.getMessage());
        }
        return "redirect:/admin/units";
    }

    @PostMapping("/admin/units/{code}/reset-password")
    String resetPassword(@PathVariable String code, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("sheets", java.util.List.of(administration.resetPassword(code)));
            return "province/account-sheets";
        } catch (AccountRefused refusal) {
            redirect.addFlashAttribute("failure", refusal.getMessage());
            return "redirect:/admin/units";
        }
    }

    @PostMapping("/admin/units/{code}/unlock")
    String unlock(@PathVariable String code, RedirectAttributes redirect) {
        try {
            administration.unlock(code);
            redirect.addFlashAttribute("success", "账号已解除锁定");
        } catch (AccountRefused refusal) {
            redirect.addFlashAttribute("failure", refusal.getMessage());
        }
        return "redirect:/admin/units";
    }

    @PostMapping("/admin/units/import")
    String importUnits(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            UnitAdministration.ImportOutcome outcome = administration.importUnits(file == null ? null : file.getBytes());
            model.addAttribute("sheets", outcome.created());
            model.addAttribute("updated", outcome.updated());
            model.addAttribute("problems", outcome.problems());
            return "province/account-sheets";
        } catch (AccountRefused refusal) {
            redirect.addFlashAttribute("failure", refusal.getMessage());
            return "redirect:/admin/units";
        }
    }
}

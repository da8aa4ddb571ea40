package org.warmaid.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.warmaid.model.FieldProblem;
import org.warmaid.registration.FamilyMemberForm;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.RegistrationValidation;
import org.warmaid.registration.Registry;
import org.warmaid.registration.Stage;
import org.warmaid.review.Outcomes;

/**
 * The unit portal's pages of 附件1: 添加职工信息 (new), 修改职工信息 (the list, edit, bulk delete,
 * submit). Every rule lives in {@link Registry}; these pages only show forms and outcomes.
 */
@Controller
class RegistrationPages {

    private final Registry registry;
    private final RegistrationValidation validation;
    private final RegistrationPageModel pageModel;
    private final Outcomes outcomes;

    RegistrationPages(Registry registry, RegistrationValidation validation, RegistrationPageModel pageModel,
            Outcomes outcomes) {
        this.registry = registry;
        this.validation = validation;
        this.pageModel = pageModel;
        this.outcomes = outcomes;
    }

    @GetMapping("/portal/registrations")
    String list(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        List<Registration> registrations = registry.list(account);
        model.addAttribute("registrations", registrations);
        model.addAttribute("outcomes", outcomes.of(registrations));
        return "portal/list";
    }

    @GetMapping("/portal/registrations/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        RegistrationForm form = new RegistrationForm();
        registry.currentCampaign().ifPresent(campaign -> form.setRegion(campaign.getRegion()));
        form.getFamilyMembers().add(new FamilyMemberForm());
        pageModel.forNew(model, form, account);
        return "portal/registration";
    }

    @PostMapping("/portal/registrations/new")
    String create(@AuthenticationPrincipal AccountPrincipal account, @ModelAttribute("form") RegistrationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showAgain(account, model, form, null, validation.problemsOf(form), binding);
        }
        try {
            Registration created = registry.create(account, form);
            redirect.addFlashAttribute("success", "已保存，登记编号 " + created.getReference()
                    + "。请上传佐证材料，核对无误后点击“上报”。");
            return "redirect:/portal/registrations/" + created.getId();
        } catch (RegistrationRefused refusal) {
            return showAgain(account, model, form, null, refusal.problems(), binding);
        }
    }

    @GetMapping("/portal/registrations/{id}")
    String edit(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id, Model model) {
        Registration registration = registry.get(account, id);
        pageModel.forEdit(model, registration.toMaskedForm(), registration);
        return "portal/registration";
    }

    @PostMapping("/portal/registrations/{id}")
    String update(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id,
            @ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Registration current = registry.get(account, id);
        if (binding.hasErrors()) {
            List<FieldProblem> problems = validation.problemsOf(form).stream()
                    .filter(problem -> !stillMasked(form, problem.field())).toList();
            return showAgain(account, model, form, current, problems, binding);
        }
        try {
            registry.update(account, id, form);
            redirect.addFlashAttribute("success", "修改已保存");
            return "redirect:/portal/registrations/" + id;
        } catch (RegistrationRefused refusal) {
            return showAgain(account, model, form, registry.get(account, id), refusal.problems(), binding);
        }
    }

    @PostMapping("/portal/registrations/{id}/submit")
    String submitOne(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id, RedirectAttributes redirect,
            @RequestParam(defaultValue = "list") String back) {
        try {
            Registration submitted = registry.submit(account, id);
            // flash messages are kept in the session, which holds no personal data: the reference, not the name
            redirect.addFlashAttribute("success", "登记 " + submitted.getReference() + outcome(submitted));
        } catch (RegistrationRefused refusal) {
            redirect.addFlashAttribute("failure", "上报未成功：" + refusal.getMessage());
        }
        return back.equals("edit") ? "redirect:/portal/registrations/" + id : "redirect:/portal/registrations";
    }

    @PostMapping("/portal/registrations/{id}/take-back")
    String takeBack(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id, RedirectAttributes redirect,
            @RequestParam(defaultValue = "list") String back) {
        try {
            Registration taken = registry.takeBack(account, id);
            redirect.addFlashAttribute("success", taken.getName() + "（" + taken.getReference()
                    + "）已撤回上报，可以修改或删除；修改后请重新上报（截止时已保存的完整登记视为已上报）");
        } catch (RegistrationRefused refusal) {
            redirect.addFlashAttribute("failure", "撤回上报未成功：" + refusal.getMessage());
        }
        return back.equals("edit") ? "redirect:/portal/registrations/" + id : "redirect:/portal/registrations";
    }

    @PostMapping("/portal/registrations/submit")
    String submitSelected(@AuthenticationPrincipal AccountPrincipal account,
            @RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
        return inBulk(ids, redirect, "上报", id -> {
            Registration submitted = registry.submit(account, id);
            return submitted.getReference() + outcome(submitted);
        });
    }

    @PostMapping("/portal/registrations/delete")
    String deleteSelected(@AuthenticationPrincipal AccountPrincipal account,
            @RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
        return inBulk(ids, redirect, "删除", id -> {
            String reference = registry.get(account, id).getReference();
            registry.delete(account, id);
            return reference + " 已删除";
        });
    }

    private interface RowAction {
        String apply(Long id);
    }

    private String inBulk(List<Long> selected, RedirectAttributes redirect, String verb, RowAction action) {
        // a blank value of "ids" arrives as null: nothing selected there
        List<Long> ids = selected == null ? List.of() : selected.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("failure", "请先勾选要" + verb + "的登记");
            return "redirect:/portal/registrations";
        }
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Long id : ids) {
            try {
                done.add(action.apply(id));
            } catch (RegistrationRefused refusal) {
                failed.add(refusal.getMessage());
            }
        }
        if (!done.isEmpty()) {
            redirect.addFlashAttribute("success", verb + "完成 " + done.size() + " 条：" + String.join("；", done));
        }
        if (!failed.isEmpty()) {
            redirect.addFlashAttribute("failure", failed.size() + " 条未能" + verb + "：");
            redirect.addFlashAttribute("failures", failed);
        }
        return "redirect:/portal/registrations";
    }

    private static String outcome(Registration submitted) {
        return submitted.getStage() == Stage.RETURNED
                ? " 已上报，但资格认定未通过，已退回：请查看原因并修改"
                : " 已上报，等待党委审核";
    }

    /** The form again with everything typed and every problem next to its field; nothing is lost. */
    private String showAgain(AccountPrincipal account, Model model, RegistrationForm form, Registration registration,
            List<FieldProblem> problems, BindingResult binding) {
        for (FieldProblem problem : problems) {
            if (problem.field() == null || !isField(problem.field())) {
                binding.reject("refused", problem.message());
            } else if (!binding.hasFieldErrors(problem.field())) {
                binding.rejectValue(problem.field(), "invalid", problem.message());
            }
        }
        if (form.getFamilyMembers().isEmpty()) {
            form.getFamilyMembers().add(new FamilyMemberForm());
        }
        if (registration == null) {
            pageModel.forNew(model, form, account);
        } else {
            pageModel.forEdit(model, form, registration);
        }
        return "portal/registration";
    }

    /** A masked number sent back unchanged means "keep the stored one": it is not a mistake. */
    private static boolean stillMasked(RegistrationForm form, String field) {
        String value = switch (field == null ? "" : field) {
            case "idNumber" -> form.getIdNumber();
            case "bankCardNumber" -> form.getBankCardNumber();
            case "phone" -> form.getPhone();
            default -> null;
        };
        return value != null && value.contains("*");
    }

    private static boolean isField(String path) {
        String root = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        try {
            RegistrationForm.class.getDeclaredField(root);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}

package org.warmaid.reporting;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.warmaid.accounts.AccountPrincipal;
import java.util.stream.IntStream;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Registration;

/**
 * 附件2 as pages to print from the browser (A4): blank, for the worker to fill in by hand and the
 * union to keep (注1), and filled in from a registration.
 */
@Controller
class RegistrationFormPages {

    /** Rows of 其他家庭成员 on the form, at least (the paper form has three). */
    static final int MEMBER_ROWS = 4;

    private final RegistrationForms forms;

    RegistrationFormPages(RegistrationForms forms) {
        this.forms = forms;
    }

    @GetMapping("/portal/forms/blank")
    String blank(Model model) {
        model.addAttribute("formYear", forms.blankFormYear());
        return common(model, null);
    }

    @GetMapping({"/portal/registrations/{id}/print", "/review/registrations/{id}/print"})
    String filled(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id, Model model) {
        RegistrationForms.FilledForm form = forms.printView(account, id);
        model.addAttribute("formYear", form.formYear());
        model.addAttribute("unitName", form.unitName());
        return common(model, form.registration());
    }

    private static String common(Model model, Registration registration) {
        int listed = registration == null ? 0 : registration.getFamilyMembers().size();
        model.addAttribute("r", registration);
        model.addAttribute("hardshipTypes", HardshipType.values());
        model.addAttribute("emptyMemberRows", IntStream.range(0, Math.max(0, MEMBER_ROWS - listed)).boxed().toList());
        return "print/registration-form";
    }
}

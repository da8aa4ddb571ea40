package org.warmaid.system;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.UnitDirectory;

@Controller
class HomeController {

    private final UnitDirectory units;
    private final WaitingWork tasks;

    HomeController(UnitDirectory units, WaitingWork tasks) {
        this.units = units;
        this.tasks = tasks;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("units", units.findByActiveTrueOrderByCode());
        return "login";
    }

    /** Units go to their entry work, the provincial side to its overview, everyone else to the start page. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        if (account.isUnitAccount()) {
            return "redirect:/portal/registrations";
        }
        if (account.isIn(AccessGroups.PROVINCIAL_REVIEWERS) || account.isIn(AccessGroups.ADMINISTRATORS)) {
            return "redirect:/province";
        }
        if (account.isIn(AccessGroups.FINANCE)) {
            return "redirect:/finance/batches";
        }
        if (account.isIn(AccessGroups.ANALYSTS)) {
            return "redirect:/rules";
        }
        if (account.isIn(AccessGroups.AUDITORS)) {
            return "redirect:/audit";
        }
        // party committees: their waiting work, and only the tools they may open
        boolean party = account.groups().stream().anyMatch(group -> group.startsWith("party-"));
        model.addAttribute("party", party);
        model.addAttribute("waiting", party ? tasks.waitingFor(account.groups()) : 0);
        return "home";
    }
}

package org.warmaid.system;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.campaign.Campaigns;

@Controller
class HomeController {

    private final Campaigns campaigns;

    HomeController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("campaign", campaigns.findOpen().orElse(null));
        return "home";
    }
}

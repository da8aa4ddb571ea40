package org.warmaid.registration;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.warmaid.accounts.AccountPrincipal;

/** 显示完整号码 on the portal's and the reviewers' pages, and the same for the JSON API (audited). */
@RestController
class PersonalNumbersPage {

    private final PersonalNumbers numbers;

    PersonalNumbersPage(PersonalNumbers numbers) {
        this.numbers = numbers;
    }

    @GetMapping({"/portal/registrations/{id}/numbers", "/review/registrations/{id}/numbers", "/api/registrations/{id}/numbers"})
    PersonalNumbers.Numbers reveal(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        return numbers.reveal(account, id);
    }
}

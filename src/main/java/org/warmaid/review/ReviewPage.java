package org.warmaid.review;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.ReviewAccess;
import org.warmaid.document.Documents;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.payout.Payouts;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;

/**
 * A registration as reviewers see it, read-only: all its data (numbers masked), the eligibility
 * result with its explanation and decision versions, duplicate flags, the review history and the
 * payments. Shown inside every Tasklist form.
 */
@Controller
public class ReviewPage {

    private final RegistrationDirectory registrations;
    private final ReviewAccess access;
    private final UnitDirectory units;
    private final EligibilityChecks eligibility;
    private final Reviews reviews;
    private final Payouts payouts;
    private final Documents documents;

    ReviewPage(RegistrationDirectory registrations, ReviewAccess access, UnitDirectory units, EligibilityChecks eligibility,
            Reviews reviews, Payouts payouts, Documents documents) {
        this.documents = documents;
        this.registrations = registrations;
        this.access = access;
        this.units = units;
        this.eligibility = eligibility;
        this.reviews = reviews;
        this.payouts = payouts;
    }

    @GetMapping("/review/registrations/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id, Model model) {
        addSheet(account, id, model);
        return "review/registration";
    }

    /** Everything the registration sheet shows, for a reader who may read the registration. */
    public void addSheet(AccountPrincipal account, Long id, Model model) {
        Registration registration = registrations.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.mayRead(account, registration.getUnitCode())) {
            // another unit's registration looks like one that does not exist
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("registration", new RegistrationSheet(registration));
        model.addAttribute("unit", units.findById(registration.getUnitCode()).orElse(null));
        model.addAttribute("checks", eligibility.history(id));
        model.addAttribute("latestCheck", eligibility.latest(id).orElse(null));
        model.addAttribute("flags", registrations.duplicateFlags(id));
        model.addAttribute("steps", reviews.history(id));
        model.addAttribute("payments", payouts.history(id));
        model.addAttribute("documents", documents.of(id));
        model.addAttribute("documentLabels", new RequiredDocumentLabels.Lookup());
    }
}

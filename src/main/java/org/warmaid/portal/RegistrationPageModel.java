package org.warmaid.portal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.campaign.CampaignBanner;
import org.warmaid.document.DocumentType;
import org.warmaid.document.Documents;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.registration.AidCategory;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.RegionStandards;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.Registry;
import org.warmaid.review.RequiredDocumentLabels;
import org.warmaid.review.Outcomes;

/** What the registration form page needs besides the form: choices, documents, status for the unit. */
@Component
class RegistrationPageModel {

    private final RegionStandards regions;
    private final Documents documents;
    private final EligibilityChecks eligibility;
    private final Outcomes outcomes;
    private final Registry registry;
    private final CampaignBanner banner;

    RegistrationPageModel(RegionStandards regions, Documents documents, EligibilityChecks eligibility, Outcomes outcomes,
            Registry registry, CampaignBanner banner) {
        this.regions = regions;
        this.documents = documents;
        this.eligibility = eligibility;
        this.outcomes = outcomes;
        this.registry = registry;
        this.banner = banner;
    }

    void forNew(Model model, RegistrationForm form, AccountPrincipal account) {
        choices(model, form);
        model.addAttribute("editable", !banner.attributes(account.unitCode()).containsKey("entryClosedMessage"));
        model.addAttribute("takeBackAllowed", false);
    }

    void forEdit(Model model, RegistrationForm form, Registration registration) {
        choices(model, form);
        model.addAttribute("registration", registration);
        model.addAttribute("documents", documents.of(registration.getId()));
        model.addAttribute("outcome", outcomes.of(registration));
        model.addAttribute("latestCheck", eligibility.latest(registration.getId()).orElse(null));
        String whyNot = registry.whyNotEditable(registration).map(RegistrationRefused::getMessage).orElse(null);
        model.addAttribute("editable", whyNot == null);
        model.addAttribute("notEditableReason", whyNot);
        model.addAttribute("takeBackAllowed", registry.whyNotTakeBack(registration).isEmpty());
    }

    private void choices(Model model, RegistrationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("regions", regions.known());
        model.addAttribute("hardshipTypes", HardshipType.values());
        model.addAttribute("aidCategories", AidCategory.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("documentLabels", new RequiredDocumentLabels.Lookup());
    }
}

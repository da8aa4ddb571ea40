package org.warmaid.portal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.warmaid.eligibility.Prechecks;
import org.warmaid.eligibility.UnknownRegion;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.model.ApiErrors;

/** The live pre-check panel of the registration form: the draft as typed so far, nothing saved. */
@Controller
class PrecheckPage {

    private final Prechecks prechecks;

    PrecheckPage(Prechecks prechecks) {
        this.prechecks = prechecks;
    }

    @PostMapping("/portal/precheck")
    @ResponseBody
    ResponseEntity<?> precheck(@ModelAttribute RegistrationForm draft) {
        try {
            return ResponseEntity.ok(prechecks.of(draft));
        } catch (UnknownRegion unknown) {
            return ApiErrors.of("region", unknown.getMessage()).answer(HttpStatus.BAD_REQUEST);
        }
    }
}

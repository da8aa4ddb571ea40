package org.warmaid.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.warmaid.model.ApiErrors;
import org.warmaid.registration.RegistrationForm;

@RestController
@Tag(name = "登记 Registrations")
class PrecheckApi {

    private final Prechecks prechecks;

    PrecheckApi(Prechecks prechecks) {
        this.prechecks = prechecks;
    }

    @PostMapping("/api/registrations/precheck")
    @Operation(summary = "资格预审", description = "按附件3和当前规则预审一份草稿，说明符合哪一项或为何不符合；不保存任何内容")
    PrecheckResult precheck(@RequestBody RegistrationForm draft) {
        return prechecks.of(draft);
    }

    @ExceptionHandler(UnknownRegion.class)
    ResponseEntity<ApiErrors> unknownRegion(UnknownRegion e) {
        return ApiErrors.of("region", e.getMessage()).answer(HttpStatus.BAD_REQUEST);
    }
}

package org.warmaid.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.warmaid.accounts.AccountPrincipal;

/** 打印登记表: the filled-in 附件2 of a registration, for its unit and for reviewers. */
@Controller
class RegistrationFormDownloads {

    private final RegistrationForms forms;

    RegistrationFormDownloads(RegistrationForms forms) {
        this.forms = forms;
    }

    @GetMapping({"/portal/registrations/{id}/form.xlsx", "/review/registrations/{id}/form.xlsx"})
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) throws IOException {
        RegistrationForms.Printable printable = forms.print(account, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(SummaryPage.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(printable.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(printable.content());
    }
}

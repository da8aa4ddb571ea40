package org.warmaid.bulkimport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.registration.RegistrationRefused;

/** 批量导入 in the portal: download the template, upload it filled in, see what happened to each row. */
@Controller
class ImportPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegistrationImport imports;

    ImportPage(RegistrationImport imports) {
        this.imports = imports;
    }

    @GetMapping("/portal/import")
    String page() {
        return "portal/import";
    }

    @GetMapping("/portal/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        sendTemplate(imports, response);
    }

    @PostMapping("/portal/import")
    String upload(@AuthenticationPrincipal AccountPrincipal account,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("result", imports.importWorkbook(account, file == null ? null : file.getBytes()));
        } catch (RegistrationRefused refusal) {
            model.addAttribute("failure", refusal.problems().get(0).message());
        }
        return "portal/import";
    }

    static void sendTemplate(RegistrationImport imports, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("困难职工信息导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
        imports.writeTemplate(response.getOutputStream());
    }
}

package org.warmaid.bulkimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.warmaid.accounts.AccountPrincipal;

@RestController
@Tag(name = "登记 Registrations")
class ImportApi {

    private final RegistrationImport imports;

    ImportApi(RegistrationImport imports) {
        this.imports = imports;
    }

    @GetMapping("/api/registrations/import-template.xlsx")
    @Operation(summary = "批量导入模板（Excel）")
    void template(HttpServletResponse response) throws IOException {
        ImportPage.sendTemplate(imports, response);
    }

    @PostMapping(path = "/api/registrations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "批量导入", description = "每行与网页录入同样校验、单独保存；返回逐行结果")
    ImportResult importWorkbook(@AuthenticationPrincipal AccountPrincipal account,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        return imports.importWorkbook(account, file == null ? null : file.getBytes());
    }
}

package org.warmaid.portal;

import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.document.Documents;
import org.warmaid.document.SupportingDocument;
import org.warmaid.registration.RegistrationRefused;

/** Uploading and removing a registration's supporting documents in the portal. */
@Controller
class DocumentPages {

    private final Documents documents;

    DocumentPages(Documents documents) {
        this.documents = documents;
    }

    @PostMapping("/portal/registrations/{id}/documents")
    String upload(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id,
            @RequestParam(defaultValue = "") String documentType,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            SupportingDocument document = documents.upload(account, id, documentType,
                    file == null ? null : file.getOriginalFilename(), content);
            // the file's own name may name the worker, and flash messages are kept in the session
            redirect.addFlashAttribute("success", "已上传：" + document.getDocumentType().label());
        } catch (RegistrationRefused refusal) {
            redirect.addFlashAttribute("failure", "上传未成功：" + refusal.problems().get(0).message());
        }
        return "redirect:/portal/registrations/" + id + "#documents";
    }

    @PostMapping("/portal/documents/{documentId}/delete")
    String delete(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long documentId,
            @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        Long registrationId = documents.registrationOf(documentId);
        try {
            documents.delete(account, documentId);
            redirect.addFlashAttribute("success", "材料已删除");
        } catch (RegistrationRefused refusal) {
            redirect.addFlashAttribute("failure", "删除未成功：" + refusal.getMessage());
        }
        return "redirect:/portal/registrations/" + registrationId + "#documents";
    }
}

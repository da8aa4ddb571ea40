package org.warmaid.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.warmaid.accounts.AccountPrincipal;

/**
 * A supporting document as a download — for its unit in the portal, for reviewers from the review
 * page — with the type its content was recognised as (PDF, JPEG or PNG, never anything a browser
 * would run). Reviewers may also open it in place, inside the Tasklist form.
 */
@Controller
class DocumentDownloads {

    private final Documents documents;

    DocumentDownloads(Documents documents) {
        this.documents = documents;
    }

    @GetMapping({"/portal/documents/{id}", "/review/documents/{id}"})
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        Documents.Download download = documents.download(account, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }

    /** The same document shown in place (in the Tasklist form's viewer), for reviewers. */
    @GetMapping("/review/documents/{id}/view")
    ResponseEntity<byte[]> view(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        Documents.Download download = documents.download(account, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }

    /** A document without its file: the Chinese error page with the reason, 404. */
    @ExceptionHandler(DocumentFileMissing.class)
    ModelAndView fileMissing(DocumentFileMissing missing) {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("message", missing.getMessage());
        return page;
    }
}

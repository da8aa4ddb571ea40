package org.warmaid.document;

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

/**
 * A supporting document as a download — for its unit in the portal, for reviewers from the review
 * page. Always an attachment with the type the content was recognised as, never rendered inline.
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
}

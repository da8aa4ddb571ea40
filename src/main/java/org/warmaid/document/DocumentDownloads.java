package org.warmaid.document;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.warmaid.accounts.AccountPrincipal;

/**
 * A supporting document as a download — for its unit in the portal, for reviewers from the review
 * page — with the type its content was recognised as (PDF, JPEG or PNG, never anything a browser
 * would run). Reviewers may also open it in place, inside the Tasklist form: an image as it is, a PDF
 * as images of its pages ({@link PdfPages}).
 */
@Controller
class DocumentDownloads {

    private final Documents documents;
    private final PdfPages pdfPages;

    DocumentDownloads(Documents documents, PdfPages pdfPages) {
        this.documents = documents;
        this.pdfPages = pdfPages;
    }

    @GetMapping({"/portal/documents/{id}", "/review/documents/{id}"})
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        return file(documents.download(account, id), ContentDisposition.attachment());
    }

    /** The same document shown in place (in the Tasklist form's viewer), for reviewers. */
    @GetMapping("/review/documents/{id}/view")
    ResponseEntity<byte[]> view(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        return file(documents.download(account, id), ContentDisposition.inline());
    }

    /** How many pages of a PDF the form's viewer shows (and how many it has). */
    @GetMapping(path = "/review/documents/{id}/pages", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Integer> pages(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        int pages = pdfPages.count(pdf(account, id));
        return Map.of("pages", pages, "shown", Math.min(pages, PdfPages.MAX_PAGES));
    }

    /** One page of a PDF as an image, for the form's viewer. */
    @GetMapping("/review/documents/{id}/pages/{page}")
    ResponseEntity<byte[]> page(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id,
            @PathVariable int page) {
        return unstored(MediaType.IMAGE_PNG).body(pdfPages.page(pdf(account, id), page));
    }

    private static ResponseEntity<byte[]> file(Documents.Download download, ContentDisposition.Builder disposition) {
        return unstored(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    /** A document's content, or a page of it, as its type says (never sniffed) and kept in no cache. */
    private static ResponseEntity.BodyBuilder unstored(MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private byte[] pdf(AccountPrincipal account, Long id) {
        Documents.Download download = documents.download(account, id);
        if (!MediaType.APPLICATION_PDF_VALUE.equals(download.contentType())) {
            throw new PdfPages.NotAPdf();
        }
        return download.content();
    }

    @ExceptionHandler(PdfPages.UnreadablePdf.class)
    ResponseEntity<Map<String, String>> unreadable(PdfPages.UnreadablePdf unreadable) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", unreadable.getMessage()));
    }

    @ExceptionHandler({PdfPages.NoSuchPage.class, PdfPages.NotAPdf.class})
    ResponseEntity<Map<String, String>> noSuchPage(RuntimeException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", missing.getMessage()));
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

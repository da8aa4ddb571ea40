package org.warmaid.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the size limit is refused before any controller sees it: the JSON API answers 413,
 * a page returns to where the user was with the message.
 */
@ControllerAdvice
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        String message = "上传的文件过大：每个文件不超过10MB";
        if (request.getServletPath().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiErrors.of(message));
        }
        RequestContextUtils.getOutputFlashMap(request).put("failure", message);
        String referer = request.getHeader("Referer");
        String back = referer != null && referer.contains("/portal/") ? referer.substring(referer.indexOf("/portal/"))
                : "/portal/registrations";
        return "redirect:" + back;
    }
}

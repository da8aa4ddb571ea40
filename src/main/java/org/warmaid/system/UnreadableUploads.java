package org.warmaid.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.warmaid.model.ApiErrors;

/**
 * A request that claims to be a file upload but cannot be read (no boundary, cut off, too large)
 * fails in the dispatcher's multipart check, before any controller is chosen, so only an advice
 * without a controller selector sees it. The JSON API gets its JSON error whatever the request's
 * {@code Accept} header says (a body negotiated against {@code Accept: text/html} could not be
 * written, and the upload then ended as a 500); a page goes back where the user was with the
 * message (too large) or shows the error page with it. Nothing was saved either way.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnreadableUploads {

    static final String TOO_LARGE = "上传的内容过大：每个文件不超过 10MB，每次上传合计不超过 40MB";
    static final String UNREADABLE = "上传内容无法读取：请求不是有效的文件上传（multipart/form-data），请重新选择文件后上传";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (ErrorResponses.isApi(request.getRequestURI())) {
            return ApiErrors.of(TOO_LARGE).answer(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        RequestContextUtils.getOutputFlashMap(request).put("failure", TOO_LARGE);
        return new ModelAndView("redirect:" + sameSiteReferer(request));
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(HttpServletRequest request) {
        if (ErrorResponses.isApi(request.getRequestURI())) {
            return ApiErrors.of(UNREADABLE).answer(HttpStatus.BAD_REQUEST);
        }
        return ErrorResponses.page(HttpStatus.BAD_REQUEST, UNREADABLE);
    }

    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
        String path = referer != null && referer.startsWith(origin) ? referer.substring(origin.length() - 1) : "/";
        // "//host/…" would be read as another site's address
        return path.startsWith("//") ? "/" : path;
    }
}

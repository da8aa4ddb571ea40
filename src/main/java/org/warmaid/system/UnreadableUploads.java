package org.warmaid.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request that claims to be a file upload but cannot be read (no boundary, cut off, too large)
 * fails while the request is being parsed, before any controller is chosen, so the controller
 * advices of the API and the pages do not see it. Answered here with a 4xx and a Chinese message
 * instead of a 500; nothing was saved.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnreadableUploads {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiErrors> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(ApiErrors.of("上传的内容过大：每个文件不超过 10MB，每次上传合计不超过 40MB"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiErrors> unreadable(MultipartException e) {
        return ResponseEntity.badRequest()
                .body(ApiErrors.of("上传内容无法读取：请求不是有效的文件上传（multipart/form-data），请重新选择文件后上传"));
    }
}

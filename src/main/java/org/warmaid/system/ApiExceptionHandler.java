package org.warmaid.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.warmaid.accounts.PasswordChangeRefused;
import org.warmaid.model.ApiErrors;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.replay.IdempotentRequests;

/**
 * Every error of the JSON API as {@code {"errors":[{"field","message"}]}} with a Chinese message
 * and a 4xx status; a 500 only for a genuine fault, and then without any internal detail.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RegistrationRefused.class)
    ResponseEntity<ApiErrors> refused(RegistrationRefused refusal) {
        HttpStatus status = switch (refusal.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN, ENTRY_CLOSED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case DUPLICATE, STALE, NOT_EDITABLE -> HttpStatus.CONFLICT;
        };
        return new ApiErrors(refusal.problems()).answer(status);
    }

    @ExceptionHandler(IdempotentRequests.KeyRefused.class)
    ResponseEntity<ApiErrors> keyRefused(IdempotentRequests.KeyRefused refusal) {
        return ApiErrors.of(IdempotentRequests.HEADER, refusal.getMessage())
                .answer(refusal.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(PasswordChangeRefused.class)
    ResponseEntity<ApiErrors> passwordRefused(PasswordChangeRefused refusal) {
        return new ApiErrors(refusal.problems()).answer(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiErrors> stale(OptimisticLockingFailureException e) {
        return ApiErrors.of("该登记刚被他人修改，请刷新后重新操作").answer(HttpStatus.CONFLICT);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ApiErrors.of(path(unknown), "不认识的字段：" + unknown.getPropertyName())
                    .answer(HttpStatus.BAD_REQUEST);
        }
        if (cause instanceof InvalidFormatException invalid) {
            return ApiErrors.of(path(invalid), "格式不正确：" + describe(invalid)).answer(HttpStatus.BAD_REQUEST);
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return ApiErrors.of(path(mismatched), "类型不正确，请按接口文档填写").answer(HttpStatus.BAD_REQUEST);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ApiErrors.of(path(mapping), "内容不正确，请按接口文档填写").answer(HttpStatus.BAD_REQUEST);
        }
        if (cause instanceof JsonProcessingException) {
            return ApiErrors.of("请求内容不是有效的JSON").answer(HttpStatus.BAD_REQUEST);
        }
        return ApiErrors.of("缺少请求内容或内容无法读取").answer(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiErrors> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ApiErrors.of(e.getName(), "参数格式不正确").answer(HttpStatus.BAD_REQUEST);
    }

    /** A blank id in the address ({@code /api/registrations/%20}) converts to nothing. */
    @ExceptionHandler(MissingPathVariableException.class)
    ResponseEntity<ApiErrors> missingPathVariable(MissingPathVariableException e) {
        if (!e.isMissingAfterConversion()) {
            return fault(e);
        }
        return ApiErrors.of(e.getVariableName(), "参数格式不正确").answer(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiErrors> missingParameter(MissingServletRequestParameterException e) {
        return ApiErrors.of(e.getParameterName(), "缺少参数").answer(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiErrors> mediaType(HttpMediaTypeNotSupportedException e) {
        return statusMessage(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiErrors> method(HttpRequestMethodNotSupportedException e) {
        return statusMessage(HttpStatus.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiErrors> tooLarge(MaxUploadSizeExceededException e) {
        return ApiErrors.of("上传的文件过大").answer(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiErrors> multipart(MultipartException e) {
        return ApiErrors.of("上传内容无法读取").answer(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiErrors> noSuchPath(NoResourceFoundException e) {
        return statusMessage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiErrors> denied(AccessDeniedException e) {
        return statusMessage(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            JDBCConnectionException.class})
    ResponseEntity<ApiErrors> databaseUnavailable(Exception e) {
        log.warn("Database unavailable, answered 503: {}", DatabaseUnavailable.rootMessage(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrors.of(DatabaseUnavailable.MESSAGE));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiErrors> fault(Exception e) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            // the connection broke inside a transaction, wrapped by JPA or the engine: still the database's absence
            return databaseUnavailable(e);
        }
        log.error("Unexpected error in the JSON API", e);
        return ApiErrors.of("系统内部错误，请稍后重试；如持续出现请联系网站技术人员")
                .answer(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** The same message for a status as the error page of a request no controller answered. */
    private static ResponseEntity<ApiErrors> statusMessage(HttpStatus status) {
        return ApiErrors.of(ErrorResponses.messageFor(status)).answer(status);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "应为数字";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "应为 true 或 false";
        }
        if (target.isEnum()) {
            return "可选值为 " + java.util.Arrays.toString(target.getEnumConstants());
        }
        return "无法识别的值";
    }
}

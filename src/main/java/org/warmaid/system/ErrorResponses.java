package org.warmaid.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.warmaid.model.ApiErrors;

/**
 * What the container shows for an error no controller answered (unknown path, wrong method, a
 * request refused before any controller, a fault): the JSON API always its JSON error with a
 * Chinese message, a browser the Chinese error page, anything else (engine REST, the webapps' API)
 * Camunda's error shape with the Chinese message.
 * Never a stack trace, never the container's own page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorResponses implements ErrorController {

    private final ObjectMapper json;

    ErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (isApi(path)) {
            ApiErrors.of(messageFor(status)).writeTo(response, status.value(), json);
            return null;
        }
        if (wantsPage(request)) {
            return page(status, null);
        }
        // the engine REST API and the webapps' API: Camunda's error shape, in Chinese, with the JSON API's errors beside it
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", status.is5xxServerError() ? "ServerError" : status.name());
        body.put("message", messageFor(status));
        body.put("errors", ApiErrors.of(messageFor(status)).errors());
        json.writeValue(response.getOutputStream(), body);
        return null;
    }

    static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }

    static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }

    /**
     * An error page written without the view layer: for answers given where the templates cannot
     * be used (Tomcat's own errors, or the database being down, which the pages' common model needs).
     */
    static String standalonePage(String title, String heading, String text) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · 送温暖信息平台</title><link rel="stylesheet" href="/css/app.css"></head>
                <body class="login-page"><main class="login-card"><h1>%s</h1>
                <p>%s</p><p><a href="/">返回首页</a></p></main></body></html>
                """.formatted(title, heading, text);
    }

    static String messageFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求内容无法识别，请按接口文档填写";
            case UNAUTHORIZED -> "请先登录：使用 HTTP Basic 提供正确的账号和密码";
            case FORBIDDEN -> "无权执行该操作";
            case NOT_FOUND -> "没有这个接口";
            case METHOD_NOT_ALLOWED -> "不支持该请求方法";
            case NOT_ACCEPTABLE -> "无法按所要求的格式作答，请接受 application/json";
            case PAYLOAD_TOO_LARGE -> UnreadableUploads.TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型，请使用 application/json";
            default -> status.is4xxClientError() ? "请求无法处理，请检查后重试"
                    : "系统内部错误，请稍后重试；如持续出现请联系网站技术人员";
        };
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
        } catch (InvalidMediaTypeException unreadable) {
            return true;
        }
    }
}

package org.warmaid.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error answers of the engine REST API and of the webapps' own API, in the application's
 * Chinese: a refusal (403) names nothing it refuses (the engine's own names the user, the resource
 * and its id), a fault (5xx) tells nothing of its cause, a refusal of the application's own checks
 * loses the English wrapper the REST API puts around it, and an English message otherwise gets a
 * Chinese lead. The shape stays the one Camunda's clients read ({@code type}, {@code message}), with
 * the application's {@code errors} list beside it.
 */
class EngineErrorAnswers extends OncePerRequestFilter {

    static final String REFUSED = "无权执行该操作";
    static final String NOT_FOUND = "没有找到所请求的对象";

    private static final Pattern WRAPPED = Pattern.compile(
            "^(?:Cannot (?:complete task|submit task form|resolve task|deploy)[^:]*|[A-Za-z ]+ failed): (.*)$", Pattern.DOTALL);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final ObjectMapper json;

    EngineErrorAnswers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        if (!capture.captured()) {
            return;
        }
        int status = capture.getStatus();
        byte[] body = rewrite(status, capture.body()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        // not flushed here: filters around this one (the login throttle's audit) finish before the client hears back
        response.getOutputStream().write(body);
    }

    String rewrite(int status, byte[] original) {
        String type = HttpStatus.resolve(status) == null ? "Error" : HttpStatus.resolve(status).name();
        String message = null;
        try {
            JsonNode node = original.length == 0 ? null : json.readTree(original);
            if (node != null && node.isObject()) {
                type = node.path("type").asText(type);
                message = node.path("message").asText(null);
            }
        } catch (IOException notJson) {
            message = null;
        }
        ObjectNode answer = json.createObjectNode();
        String chinese = chinese(status, message);
        answer.put("type", status >= 500 ? "ServerError" : type);
        answer.put("message", chinese);
        answer.putArray("errors").addObject().putNull("field").put("message", chinese);
        return answer.toString();
    }

    static String chinese(int status, String message) {
        if (status >= 500) {
            return ErrorResponses.messageFor(HttpStatus.INTERNAL_SERVER_ERROR);
        }
        String plain = message == null ? "" : message;
        Matcher wrapped = WRAPPED.matcher(plain);
        if (wrapped.matches() && CHINESE.matcher(wrapped.group(1)).find()) {
            plain = wrapped.group(1);
        }
        if (CHINESE.matcher(plain).find()) {
            return plain;
        }
        return switch (status) {
            case 401 -> ErrorResponses.messageFor(HttpStatus.UNAUTHORIZED);
            case 403 -> REFUSED;
            case 404 -> NOT_FOUND;
            default -> plain.isBlank() ? ErrorResponses.messageFor(HttpStatus.BAD_REQUEST) : "请求无法处理：" + plain;
        };
    }

    /** Passes a successful answer through untouched; keeps the body of an error answer for rewriting. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {

        private ByteArrayOutputStream buffer;
        private ServletOutputStream stream;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        boolean captured() {
            if (buffer == null && getStatus() >= 400 && !isCommitted()) {
                buffer = new ByteArrayOutputStream();
            }
            return buffer != null;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (getStatus() < 400) {
                return super.getOutputStream();
            }
            if (stream == null) {
                buffer = buffer == null ? new ByteArrayOutputStream() : buffer;
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        // written synchronously
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() < 400) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            if (getStatus() < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getStatus() < 400) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (getStatus() < 400) {
                super.flushBuffer();
            }
        }

        @Override
        public void sendError(int sc) {
            setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            setStatus(sc);
        }
    }
}

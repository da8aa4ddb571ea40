package org.warmaid.system;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before the application sees the request (an encoded NUL or another
 * malformed address, a broken request line): a short Chinese page, or the JSON error for the API,
 * instead of Tomcat's English report. Runs after Boot's own customizer, whose report valve it replaces.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ChineseErrorReport());
            // the host adds its own report valve at start unless one of this class name is present
            ((StandardHost) context.getParent()).setErrorReportValveClass(ChineseErrorReport.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static final class ChineseErrorReport extends ErrorReportValve {

        public ChineseErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus shown = known != null ? known : HttpStatus.BAD_REQUEST;
            String uri = request.getRequestURI();
            boolean api = ErrorResponses.isApi(uri);
            try {
                response.setContentType(api ? "application/json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? json(shown) : page(shown));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone; nothing more can be said
            }
        }

        private static String json(HttpStatus status) {
            return "{\"errors\":[{\"field\":null,\"message\":\"" + ErrorResponses.messageFor(status) + "\"}]}";
        }

        private static String page(HttpStatus status) {
            String title = switch (status) {
                case NOT_FOUND -> "页面不存在";
                case PAYLOAD_TOO_LARGE -> "上传的内容过大";
                case BAD_REQUEST -> "无法处理的请求";
                default -> status.is4xxClientError() ? "无法处理的请求" : "系统繁忙";
            };
            String text = status.is4xxClientError()
                    ? "请求的地址或内容格式不正确，未作任何处理。请返回上一页，从页面上的链接和按钮办理。"
                    : "请求未能完成，请稍后重试；如持续出现，请联系网站技术人员。";
            return ErrorResponses.standalonePage("出错了", title, text);
        }
    }
}

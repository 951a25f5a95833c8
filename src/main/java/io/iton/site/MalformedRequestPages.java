package io.iton.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import io.iton.shared.Localizer;

/**
 * Requests Tomcat refuses before any servlet runs (a bare {@code %}, invalid UTF-8 such as
 * {@code %FF}, an encoded {@code /}) would get Tomcat's English report. This puts a short Hebrew
 * page, or a problem document under {@code /api/}, in its place. Never a stack trace.
 */
@Component
class MalformedRequestPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Localizer t;

    MalformedRequestPages(Localizer t) {
        this.t = t;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new HebrewErrorValve(t));
                host.setErrorReportValveClass(HebrewErrorValve.class.getName());
            }
        });
    }

    static final class HebrewErrorValve extends ErrorReportValve {

        private final Localizer t;

        HebrewErrorValve(Localizer t) {
            this.t = t;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getDecodedRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            String message = t.text(status == 404 ? "error.notFound" : status < 500 ? "error.badRequest" : "error.server");
            try {
                // No filter ran: the security headers a static page needs (io.iton.ops.SecurityHeaders sets the rest).
                response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'self'");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "SAMEORIGIN");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                if (api) {
                    out.write("{\"status\":" + status + ",\"detail\":\"" + message.replace("\"", "\\\"") + "\"}");
                } else {
                    String heading = HtmlUtils.htmlEscape(t.text(status < 500 ? "error.badRequest.heading" : "error.server.heading"));
                    out.write("<!DOCTYPE html><html lang=\"he\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + heading
                            + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"content\" class=\"wrap\">"
                            + "<h1>" + heading + "</h1><p class=\"lead\">" + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"/\">"
                            + HtmlUtils.htmlEscape(t.text("site.backHome")) + "</a></p></main></body></html>");
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is committed: nothing more to say
            }
        }
    }
}

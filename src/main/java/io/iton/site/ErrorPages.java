package io.iton.site;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.FormerAddresses;
import io.iton.shared.Localizer;
import io.iton.shared.ProblemJson;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error the container forwards to {@code /error}: a Hebrew page for readers, a problem
 * document for the API. Never a stack trace, never SQL.
 */
@Controller
class ErrorPages implements ErrorController {

    /** When a busy server (503) asks to be tried again. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final SiteFrame frame;
    private final Localizer t;
    private final List<FormerAddresses> formerAddresses;

    ErrorPages(SiteFrame frame, Localizer t, ObjectProvider<FormerAddresses> formerAddresses) {
        this.frame = frame;
        this.t = t;
        this.formerAddresses = formerAddresses.orderedStream().toList();
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (path.startsWith("/api/")) {
            ProblemJson.write(request, response, status, t.text(messageKey(status)), path);
            return null;
        }
        if (status == HttpStatus.NOT_FOUND && movedPermanently(request, response, path,
                (String) request.getAttribute("jakarta.servlet.error.query_string"))) {
            return null;
        }
        response.setStatus(status.value());
        return page(status);
    }

    /**
     * Just before a 404: an address content had before it came here (an imported site's old
     * links) answers 301 to where it is now. Nothing else is looked up on pages that exist.
     */
    boolean movedPermanently(HttpServletRequest request, HttpServletResponse response, String rawPath, String query) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        for (FormerAddresses former : formerAddresses) {
            Optional<String> moved = former.movedTo(rawPath, query);
            if (moved.isPresent()) {
                response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
                response.setHeader("Location", moved.get());
                return true;
            }
        }
        return false;
    }

    ModelAndView page(HttpStatus status) {
        return page(status, messageKey(status));
    }

    ModelAndView page(HttpStatus status, String messageKey) {
        String heading = t.text(headingKey(status));
        ModelAndView page = new ModelAndView("site/simple", Map.of("t", t, "page",
                new SimplePage(frame.chrome(), frame.meta(heading, null, null), heading, t.text(messageKey))));
        page.setStatus(status);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;  // someone asked for /error itself
        }
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String headingKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notFound.heading";
            case BAD_REQUEST -> "error.badRequest.heading";
            case METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> "error.badRequest.heading";
            case UNAUTHORIZED, FORBIDDEN -> "error.forbidden.heading";
            case TOO_MANY_REQUESTS -> "error.tooManyRequests.heading";
            case SERVICE_UNAVAILABLE -> "error.unavailable.heading";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "error.tooLarge.heading";
            default -> "error.server.heading";
        };
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notFound";
            case BAD_REQUEST -> "error.badRequest";
            case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
            case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> "error.badRequest";
            case UNAUTHORIZED -> "api.unauthorized";
            case FORBIDDEN -> "api.forbidden";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "error.tooLarge";
            case TOO_MANY_REQUESTS -> "error.tooManyRequests";
            case SERVICE_UNAVAILABLE -> "error.unavailable";
            default -> "error.server";
        };
    }
}

package io.iton.wordpress;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * WordPress's plain links, {@code /?p=123}: the home page's address with a query, so they never
 * reach a 404. This mapping is more specific than the home page's and takes them first.
 */
@Controller
class PlainLinkController {

    private final WordPressRedirects redirects;

    PlainLinkController(WordPressRedirects redirects) {
        this.redirects = redirects;
    }

    @GetMapping(path = "/", params = "p")
    void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var target = redirects.movedTo(request.getRequestURI(), request.getQueryString());
        if (target.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, target.get());
    }
}

package io.iton.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** A 301 to a page's one true address; the path is already percent-encoded. */
final class PermanentRedirect {

    private PermanentRedirect() {
    }

    static ModelAndView to(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return new ModelAndView(redirect);
    }
}

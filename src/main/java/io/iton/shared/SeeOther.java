package io.iton.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The answer to a newsroom form that did its change: 303 to a page the browser then asks for
 * with GET, so a reload shows the result and never repeats the change.
 */
public final class SeeOther {

    private SeeOther() {
    }

    public static ModelAndView to(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }
}

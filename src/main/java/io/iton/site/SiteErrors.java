package io.iton.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Turns what the site's controllers refuse into Hebrew pages with the right status. */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    private final ErrorPages pages;

    SiteErrors(ErrorPages pages) {
        this.pages = pages;
    }

    /** Not here: an old address of imported content answers 301 instead (the page sets its own 404). */
    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        if (pages.movedPermanently(request, response, request.getRequestURI(), request.getQueryString())) {
            return null;
        }
        return pages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(PageNumber.BadPageNumber.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badPageNumber() {
        return pages.page(HttpStatus.BAD_REQUEST, "error.badPageNumber");
    }
}

package io.iton.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.NotFound;

/** Turns what the site's controllers refuse into Hebrew pages with the right status. */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    private final ErrorPages pages;

    SiteErrors(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return pages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(PageNumber.BadPageNumber.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badPageNumber() {
        return pages.page(HttpStatus.BAD_REQUEST, "error.badPageNumber");
    }
}

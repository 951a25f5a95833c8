package io.iton.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.iton.shared.Localizer;

/** Gives every site template its localizer as {@code t}. */
@ControllerAdvice(basePackageClasses = SiteModel.class)
class SiteModel {

    private final Localizer localizer;

    SiteModel(Localizer localizer) {
        this.localizer = localizer;
    }

    @ModelAttribute("t")
    Localizer t() {
        return localizer;
    }
}

package io.iton.site;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.Localizer;

/** {@code /advertise}: where "רוצה לפרסם אצלנו?" leads. The quote form comes with the advertising desk. */
@Controller
class AdvertiseController {

    private final SiteFrame frame;
    private final Localizer t;

    AdvertiseController(SiteFrame frame, Localizer t) {
        this.frame = frame;
        this.t = t;
    }

    @GetMapping("/advertise")
    ModelAndView advertise() {
        String heading = t.text("advertise.heading");
        return new ModelAndView("site/simple", Map.of("page", new SimplePage(frame.chrome(),
                frame.meta(heading, t.text("advertise.description"), "/advertise"),
                heading, t.text("advertise.body"))));
    }
}

package io.iton.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;

/**
 * First run: the page that creates the first administrator, there only while no account exists
 * (afterwards it answers 404 like any address that is not there).
 */
@NewsroomController
class SetupController {

    private final Accounts accounts;
    private final Localizer t;

    SetupController(Accounts accounts, Localizer t) {
        this.accounts = accounts;
        this.t = t;
    }

    @GetMapping("/newsroom/setup")
    ModelAndView form() {
        if (!accounts.noneExist()) {
            throw new NotFound("set-up is over");
        }
        return new ModelAndView("newsroom/setup", "page", new SetupPage(SetupPage.Form.EMPTY, FieldErrors.NONE));
    }

    @PostMapping("/newsroom/setup")
    ModelAndView create(@ModelAttribute SetupPage.Form form) {
        try {
            accounts.createFirstAdmin(form.displayName(), form.email(), form.password(), form.passwordRepeat());
            return new ModelAndView("redirect:/newsroom/login?done=setup");
        } catch (InvalidInput refused) {
            var page = new ModelAndView("newsroom/setup", "page", new SetupPage(form, FieldErrors.of(refused, t)));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }
}

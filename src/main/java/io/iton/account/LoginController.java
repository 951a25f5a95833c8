package io.iton.account;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import jakarta.servlet.http.HttpSession;

/** The newsroom's login page; Spring Security's form login takes the POST. */
@NewsroomController
class LoginController {

    private final Accounts accounts;
    private final Localizer t;

    LoginController(Accounts accounts, Localizer t) {
        this.accounts = accounts;
        this.t = t;
    }

    @GetMapping("/newsroom/login")
    ModelAndView login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                       @RequestParam(required = false) String done, HttpSession session) {
        var failure = (LoginFailures.Failure) session.getAttribute(LoginFailures.ATTRIBUTE);
        session.removeAttribute(LoginFailures.ATTRIBUTE);
        String problem = null;
        if (error != null) {
            problem = failure != null && failure.waitMinutes() > 0
                    ? t.text("login.throttled", failure.waitMinutes()) : t.text("login.failed");
        }
        String notice = logout != null ? t.text("login.loggedOut") : done == null ? null : switch (done) {
            case "setup" -> t.text("login.done.setup");
            case "reset" -> t.text("login.done.reset");
            default -> null;
        };
        String email = error != null && failure != null ? failure.email() : "";
        return new ModelAndView("newsroom/login", "page", new LoginPage(email, problem, notice, accounts.noneExist()));
    }
}

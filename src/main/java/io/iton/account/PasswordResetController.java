package io.iton.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;

/** "Forgot my password", open to anyone: ask for a link, then choose a new password through it. */
@NewsroomController
class PasswordResetController {

    private final PasswordResets resets;
    private final AccountProperties properties;
    private final Localizer t;

    PasswordResetController(PasswordResets resets, AccountProperties properties, Localizer t) {
        this.resets = resets;
        this.properties = properties;
        this.t = t;
    }

    @GetMapping("/newsroom/password-reset")
    ModelAndView ask(@RequestParam(required = false) String sent) {
        String notice = sent == null ? null : t.text("reset.sent", properties.passwordResetValidity().toMinutes());
        return new ModelAndView("newsroom/passwordReset", "page", new PasswordPages.Request(notice));
    }

    /** The same answer whether or not the e-mail has an account. */
    @PostMapping("/newsroom/password-reset")
    String send(@RequestParam(defaultValue = "") String email) {
        resets.request(email);
        return "redirect:/newsroom/password-reset?sent";
    }

    @GetMapping("/newsroom/password-reset/{token}")
    ModelAndView choose(@PathVariable String token) {
        return resets.holder(token)
                .map(account -> choosePage(token, account.email(), FieldErrors.NONE, HttpStatus.OK))
                .orElseGet(() -> choosePage(token, null, FieldErrors.NONE, HttpStatus.NOT_FOUND));
    }

    @PostMapping("/newsroom/password-reset/{token}")
    ModelAndView reset(@PathVariable String token, @RequestParam(required = false) String password,
                       @RequestParam(required = false) String passwordRepeat) {
        try {
            resets.reset(token, password, passwordRepeat);
            return new ModelAndView("redirect:/newsroom/login?done=reset");
        } catch (InvalidInput refused) {
            String email = resets.holder(token).map(UserAccount::email).orElse(null);
            return choosePage(token, email, FieldErrors.of(refused, t), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (NotFound usedOrExpired) {
            return choosePage(token, null, FieldErrors.NONE, HttpStatus.NOT_FOUND);
        }
    }

    private static ModelAndView choosePage(String token, String email, FieldErrors errors, HttpStatus status) {
        var page = new ModelAndView("newsroom/passwordChoose", "page", new PasswordPages.Choose(token, email, errors));
        page.setStatus(status);
        return page;
    }
}

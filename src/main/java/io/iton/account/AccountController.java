package io.iton.account;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;

/** "My account": every staff member changes their own name and password here. */
@NewsroomController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'WRITER', 'SALES')")
class AccountController {

    private final Accounts accounts;
    private final AccountSettings settings;
    private final Localizer t;

    AccountController(Accounts accounts, AccountSettings settings, Localizer t) {
        this.accounts = accounts;
        this.settings = settings;
        this.t = t;
    }

    @GetMapping("/newsroom/account")
    ModelAndView show(Authentication auth, @RequestParam(required = false) String saved) {
        UserAccount me = me(auth);
        String notice = "name".equals(saved) ? t.text("myaccount.saved.name")
                : "password".equals(saved) ? t.text("myaccount.saved.password") : null;
        return page(me, me.displayName(), FieldErrors.NONE, FieldErrors.NONE, notice, HttpStatus.OK);
    }

    @PostMapping("/newsroom/account/name")
    ModelAndView rename(Authentication auth, @RequestParam(defaultValue = "") String displayName) {
        try {
            settings.rename(auth.getName(), displayName);
            return new ModelAndView("redirect:/newsroom/account?saved=name");
        } catch (InvalidInput refused) {
            UserAccount me = me(auth);
            return page(me, displayName, FieldErrors.of(refused, t), FieldErrors.NONE, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping("/newsroom/account/password")
    ModelAndView changePassword(Authentication auth, @RequestParam(required = false) String currentPassword,
                                @RequestParam(required = false) String password,
                                @RequestParam(required = false) String passwordRepeat) {
        try {
            settings.changePassword(auth.getName(), currentPassword, password, passwordRepeat);
            return new ModelAndView("redirect:/newsroom/account?saved=password");
        } catch (InvalidInput refused) {
            UserAccount me = me(auth);
            return page(me, me.displayName(), FieldErrors.NONE, FieldErrors.of(refused, t), null,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private UserAccount me(Authentication auth) {
        return accounts.findByEmail(auth.getName()).orElseThrow(() -> new Forbidden("no account"));
    }

    private ModelAndView page(UserAccount me, String displayName, FieldErrors nameErrors, FieldErrors passwordErrors,
                              String saved, HttpStatus status) {
        var page = new ModelAndView("newsroom/account", "page", new AccountPage(me, t.text("account.role." + me.role()),
                displayName, nameErrors, passwordErrors, saved));
        page.setStatus(status);
        return page;
    }
}

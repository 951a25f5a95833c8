package io.iton.account;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.PublicationTime;

/** Administrators manage accounts; {@link UserAdministration} checks every rule again. */
@NewsroomController
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

    private static final String BACK = "redirect:/newsroom/users";

    private final UserAdministration users;
    private final PublicationTime time;
    private final Localizer t;

    UsersController(UserAdministration users, PublicationTime time, Localizer t) {
        this.users = users;
        this.time = time;
        this.t = t;
    }

    @GetMapping("/newsroom/users")
    ModelAndView list(Authentication auth, Model model) {
        String me = Accounts.normalize(auth.getName());
        List<UsersPage.Row> rows = users.list(auth.getName()).stream()
                .map(a -> new UsersPage.Row(a, roleName(a.role()), time.human(a.createdAt()), time.machine(a.createdAt()),
                        a.lastLoginAt() == null ? null : time.human(a.lastLoginAt()), a.email().equals(me)))
                .toList();
        return new ModelAndView("newsroom/users", "page", new UsersPage(rows, roles(),
                (String) model.getAttribute("notice"), (String) model.getAttribute("error")));
    }

    @GetMapping("/newsroom/users/new")
    ModelAndView newUser() {
        return new ModelAndView("newsroom/usersNew", "page", new UserFormPage(UserFormPage.Form.EMPTY, roles(), FieldErrors.NONE));
    }

    @PostMapping("/newsroom/users")
    ModelAndView create(Authentication auth, @ModelAttribute UserFormPage.Form form, RedirectAttributes flash) {
        try {
            var created = users.create(auth.getName(), form.displayName(), form.email(), role(form.role()), form.password());
            boolean invited = form.password() == null || form.password().isEmpty();
            flash.addFlashAttribute("notice", t.text(invited ? "users.saved.invited" : "users.saved.created", created.email()));
            return new ModelAndView(BACK);
        } catch (InvalidInput refused) {
            var page = new ModelAndView("newsroom/usersNew", "page", new UserFormPage(form, roles(), FieldErrors.of(refused, t)));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }

    @PostMapping("/newsroom/users/{id}/role")
    String changeRole(Authentication auth, @PathVariable long id, @RequestParam(required = false) String role,
                      RedirectAttributes flash) {
        try {
            var user = users.changeRole(auth.getName(), id, role(role));
            flash.addFlashAttribute("notice", t.text("users.saved.role", user.email()));
        } catch (InvalidInput refused) {
            flash.addFlashAttribute("error", firstMessage(refused));
        }
        return BACK;
    }

    @PostMapping("/newsroom/users/{id}/enabled")
    String setEnabled(Authentication auth, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash) {
        try {
            var user = users.setEnabled(auth.getName(), id, enabled);
            flash.addFlashAttribute("notice", t.text(enabled ? "users.saved.enabled" : "users.saved.disabled", user.email()));
        } catch (InvalidInput refused) {
            flash.addFlashAttribute("error", firstMessage(refused));
        }
        return BACK;
    }

    private String firstMessage(InvalidInput refused) {
        return FieldErrors.of(refused, t).messages().values().iterator().next();
    }

    private String roleName(Role role) {
        return t.text("account.role." + role.name());
    }

    private List<UsersPage.RoleOption> roles() {
        return Arrays.stream(Role.values()).map(r -> new UsersPage.RoleOption(r.name(), roleName(r))).toList();
    }

    /** A role named by the form, or {@code null} for none or an unknown one (the service refuses it). */
    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}

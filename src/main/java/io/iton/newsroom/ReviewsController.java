package io.iton.newsroom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.account.Accounts;
import io.iton.account.Actors;
import io.iton.article.Actor;
import io.iton.article.ReviewKind;
import io.iton.article.Reviews;
import io.iton.category.Categories;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;

/**
 * Administrators set which review kinds every article of a category needs, and which accounts may
 * approve which kind. The rules are checked again by {@link Reviews}.
 */
@NewsroomController
class ReviewsController {

    private static final String PATH = "/newsroom/reviews";

    private final Reviews reviews;
    private final Categories categories;
    private final Accounts accounts;
    private final Actors actors;
    private final Localizer t;

    ReviewsController(Reviews reviews, Categories categories, Accounts accounts, Actors actors, Localizer t) {
        this.reviews = reviews;
        this.categories = categories;
        this.accounts = accounts;
        this.actors = actors;
        this.t = t;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView show(@RequestParam(required = false) String saved) {
        return page(saved == null ? null : t.text("reviews.saved"), "", "", null, null, HttpStatus.OK);
    }

    /** Every category's kinds at once: a checkbox named {@code kinds-<categoryId>} per kind. */
    @PostMapping(PATH + "/categories")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView saveCategories(@RequestParam MultiValueMap<String, String> form, Authentication auth) {
        Actor actor = actors.of(auth);
        categories.all().forEach(c -> reviews.setCategoryKinds(c.id(),
                form.getOrDefault("kinds-" + c.id(), List.of()), actor));
        return new ModelAndView("redirect:" + PATH + "?saved");
    }

    @PostMapping(PATH + "/grants")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView grant(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String kind,
                       Authentication auth) {
        var account = accounts.findByEmail(email);
        String emailError = account.isEmpty() ? t.text("reviews.grant.noSuchAccount") : null;
        String kindError = reviews.kinds().stream().anyMatch(k -> k.code().equals(kind)) ? null
                : t.text("review.kind.unknown");
        if (emailError != null || kindError != null) {
            return page(null, email, kind, emailError, kindError, HttpStatus.BAD_REQUEST);
        }
        try {
            reviews.grant(account.get().id(), kind, actors.of(auth));
        } catch (InvalidInput e) {
            return page(null, email, kind, t.text(e.fieldErrors().values().iterator().next()), null,
                    HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("redirect:" + PATH + "?saved");
    }

    @PostMapping(PATH + "/grants/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView revoke(@RequestParam long userId, @RequestParam String kind, Authentication auth) {
        reviews.revoke(userId, kind, actors.of(auth));
        return new ModelAndView("redirect:" + PATH + "?saved");
    }

    private ModelAndView page(String notice, String email, String kind, String emailError, String kindError,
                              HttpStatus status) {
        Map<Long, List<ReviewKind>> required = reviews.requiredByCategory();
        Map<String, String> names = new HashMap<>();
        reviews.kinds().forEach(k -> names.put(k.code(), k.name()));
        var rows = categories.all().stream().map(c -> new ReviewsPage.CategoryRow(c.id(), c.name(),
                required.getOrDefault(c.id(), List.of()).stream().map(ReviewKind::code).toList())).toList();
        var grants = reviews.grants().stream().map(g -> new ReviewsPage.GrantRow(g, names.get(g.kind()))).toList();
        ModelAndView view = new ModelAndView("newsroom/reviews", Map.of("page", new ReviewsPage(reviews.kinds(), rows,
                grants, notice, email, kind, emailError, kindError)));
        view.setStatus(status);
        return view;
    }
}

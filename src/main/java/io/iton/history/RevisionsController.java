package io.iton.history;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.iton.account.Actors;
import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.shared.Conflict;
import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;

/**
 * {@code /newsroom/articles/{id}/revisions}: the list, the compare of any two, and restore. Any
 * newsroom account reads; restoring follows the article's edit rule, checked by the editor.
 */
@NewsroomController
class RevisionsController {

    private final Revisions revisions;
    private final RevisionPages pages;
    private final Actors actors;
    private final Localizer t;

    RevisionsController(Revisions revisions, RevisionPages pages, Actors actors, Localizer t) {
        this.revisions = revisions;
        this.pages = pages;
        this.actors = actors;
        this.t = t;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'WRITER')")
    ModelAndView list(@PathVariable long id, @RequestParam(name = "page", required = false) String page,
                      Authentication auth, Model model) {
        var notice = model.getAttribute("restored") instanceof String restored
                ? new RevisionsPage.Notice(true, restored, List.of()) : null;
        return new ModelAndView("newsroom/revisions",
                Map.of("page", pages.list(id, pageNumber(page), actors.of(auth), notice)));
    }

    @GetMapping("/newsroom/articles/{id}/revisions/compare")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'WRITER')")
    ModelAndView compare(@PathVariable long id, @RequestParam long from, @RequestParam long to, Authentication auth) {
        return new ModelAndView("newsroom/revisions-compare", Map.of("page", pages.compare(id, from, to, actors.of(auth))));
    }

    @PostMapping("/newsroom/articles/{id}/revisions/{revisionId}/restore")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'WRITER')")
    ModelAndView restore(@PathVariable long id, @PathVariable long revisionId, @RequestParam int version,
                         Authentication auth, RedirectAttributes redirect) {
        var actor = actors.of(auth);
        try {
            int restoredVersion = revisions.find(id, revisionId).summary().articleVersion();
            Article saved = revisions.restore(id, revisionId, version, actor);
            redirect.addFlashAttribute("restored", saved.version() == version
                    ? t.text("revisions.restore.same", restoredVersion)
                    : t.text("revisions.restored", restoredVersion, saved.version()));
            return new ModelAndView("redirect:" + RevisionPages.listPath(id));
        } catch (Conflict e) {
            return refused(id, actor, HttpStatus.CONFLICT, t.text("revisions.restore.conflict"), List.of());
        } catch (InvalidInput e) {
            return refused(id, actor, HttpStatus.BAD_REQUEST, t.text("revisions.restore.invalid"),
                    pages.messages(e.fieldErrors()));
        } catch (Forbidden e) {
            return refused(id, actor, HttpStatus.FORBIDDEN, t.text("revisions.restore.forbidden"), List.of());
        }
    }

    /** The list again, as it is now, with why the restore was refused. */
    private ModelAndView refused(long id, Actor actor, HttpStatus status, String text,
                                 List<String> details) {
        var page = pages.list(id, 1, actor, new RevisionsPage.Notice(false, text, details));
        ModelAndView view = new ModelAndView("newsroom/revisions", Map.of("page", page));
        view.setStatus(status);
        return view;
    }

    private static int pageNumber(String page) {
        int number = Pager.number(page);
        if (number < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page is a whole number from 1");
        }
        return number;
    }
}

package io.iton.newsroom;

import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.iton.account.Actors;
import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.article.ArticleEditor;
import io.iton.article.ArticleStatus;
import io.iton.article.IllegalTransition;
import io.iton.shared.Conflict;
import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;

/**
 * The article editor: new, edit, and the buttons under it. Every button first saves what is in
 * the form (unless nothing changed), then does its step, so nothing typed is lost on the way. A
 * refused save shows the form again, whole, with the reason beside each field; a save over a
 * colleague's newer version shows both versions and keeps the user's text.
 */
@NewsroomController
class ArticleDeskController {

    private static final String EDITOR = "newsroom/article-edit";
    /** The approve buttons' action: {@code approve:} and the review kind's code. */
    private static final String APPROVE = "approve:";
    private static final Set<String> EDITOR_STEPS = Set.of("publish", "schedule", "return", "unpublish");

    private final ArticleDesk desk;
    private final ArticleEditor editor;
    private final Actors actors;
    private final Localizer t;

    ArticleDeskController(ArticleDesk desk, ArticleEditor editor, Actors actors, Localizer t) {
        this.desk = desk;
        this.editor = editor;
        this.actors = actors;
        this.t = t;
    }

    @GetMapping("/newsroom/articles/new")
    ModelAndView blank(Authentication auth) {
        return editorView(desk.blank(actors.of(auth)), HttpStatus.OK);
    }

    @GetMapping("/newsroom/articles/{id}")
    ModelAndView edit(@PathVariable long id, Model model, Authentication auth) {
        Article article = load(id);
        String notice = model.getAttribute("notice") instanceof String key ? t.text(key) : null;
        return editorView(desk.of(article, actors.of(auth), notice, null), HttpStatus.OK);
    }

    @PostMapping("/newsroom/articles")
    ModelAndView create(ArticleForm form, @RequestParam(defaultValue = "save") String action,
                        @RequestParam(defaultValue = "") String publishAt, Authentication auth,
                        RedirectAttributes redirect) {
        Actor actor = actors.of(auth);
        Article created;
        try {
            created = editor.create(form.draft(), actor);
        } catch (InvalidInput e) {
            return editorView(desk.refused(null, actor, form, e.fieldErrors(), publishAt), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (Conflict e) {
            return editorView(desk.failed(null, actor, form, t.text("slug.taken"), publishAt), HttpStatus.CONFLICT);
        }
        return step(created, form, action, publishAt, "", actor, redirect);
    }

    @PostMapping("/newsroom/articles/{id}")
    ModelAndView save(@PathVariable long id, ArticleForm form, @RequestParam(defaultValue = "save") String action,
                      @RequestParam(defaultValue = "") String publishAt, @RequestParam(defaultValue = "") String returnNote,
                      Authentication auth, RedirectAttributes redirect) {
        Actor actor = actors.of(auth);
        Article current = load(id);
        Article saved = current;
        // A step only an editor takes, asked by someone else (a forged button), is refused before the save: nothing changes.
        if (EDITOR_STEPS.contains(action) && !actor.editor()) {
            throw new Forbidden("the " + action + " step needs an editor");
        }
        try {
            // A reviewer who may not edit (a legal adviser with a writer's account) approves what they read.
            if (!action.startsWith(APPROVE) || current.mayBeEditedBy(actor)) {
                saved = editor.update(id, requireVersion(form), form.draft(), actor);
            } else if (form.version() == null || form.version() != current.version()) {
                throw new Conflict("article " + id + " changed since the reviewer read it");
            }
        } catch (InvalidInput e) {
            return editorView(desk.refused(current, actor, form, e.fieldErrors(), publishAt),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (Conflict e) {
            return conflictOrTaken(id, form, actor, publishAt);
        }
        return step(saved, form, action, publishAt, returnNote, actor, redirect);
    }

    /** An editor's public correction note (תיקון) under a published article. */
    @PostMapping("/newsroom/articles/{id}/corrections")
    ModelAndView correct(@PathVariable long id, @RequestParam(defaultValue = "") String text, Authentication auth,
                         RedirectAttributes redirect) {
        Actor actor = actors.of(auth);
        Article article = load(id);
        try {
            editor.correct(id, text, actor);
        } catch (InvalidInput e) {
            var page = desk.of(article, actor, null, t.text("newsroom.correction.refused"));
            return editorView(page, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        redirect.addFlashAttribute("notice", "newsroom.correction.added");
        return new ModelAndView("redirect:/newsroom/articles/" + id);
    }

    /**
     * Saves a draft in the background while its writer types; answers the new version, or 409
     * when a colleague saved meanwhile (the page then asks the writer to save by hand and see both).
     */
    @PostMapping("/newsroom/articles/{id}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, ArticleForm form, Authentication auth) {
        Actor actor = actors.of(auth);
        Article current = load(id);
        if (!current.mayBeEditedBy(actor) || current.status() != ArticleStatus.DRAFT) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("detail", t.text("newsroom.autosave.notDraft")));
        }
        try {
            Article saved = editor.update(id, requireVersion(form), form.draft(), actor);
            return ResponseEntity.ok(Map.of("version", saved.version(), "detail", t.text("newsroom.autosave.saved")));
        } catch (InvalidInput e) {
            return ResponseEntity.unprocessableContent().body(Map.of("detail", t.text("newsroom.autosave.invalid")));
        } catch (Conflict e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("detail", t.text("newsroom.autosave.conflict")));
        }
    }

    /** The step the pressed button asked for, after the save. */
    private ModelAndView step(Article saved, ArticleForm form, String action, String publishAt, String returnNote,
                              Actor actor, RedirectAttributes redirect) {
        String notice;
        try {
            if (action.startsWith(APPROVE)) {
                editor.approve(saved.id(), saved.version(), action.substring(APPROVE.length()), actor);
                redirect.addFlashAttribute("notice", "newsroom.editor.approved");
                return new ModelAndView("redirect:/newsroom/articles/" + saved.id());
            }
            notice = switch (action) {
                case "publish" -> {
                    editor.publish(saved.id(), saved.version(), null, actor);
                    yield "newsroom.editor.published";
                }
                case "schedule" -> {
                    var at = desk.publishAt(publishAt);
                    if (at == null) {
                        throw InvalidInput.of("publishAt", "newsroom.editor.publishAt.required");
                    }
                    editor.publish(saved.id(), saved.version(), at, actor);
                    yield "newsroom.editor.scheduled";
                }
                case "submit" -> {
                    editor.submit(saved.id(), saved.version(), actor);
                    yield "newsroom.editor.submitted";
                }
                case "return" -> {
                    editor.returnToDraft(saved.id(), saved.version(), returnNote, actor);
                    yield "newsroom.editor.returned";
                }
                case "unpublish" -> {
                    editor.unpublish(saved.id(), saved.version(), actor);
                    yield "newsroom.editor.unpublished";
                }
                default -> "newsroom.editor.saved";
            };
        } catch (InvalidInput e) {
            return editorView(desk.refused(saved, actor, form.atVersion(saved.version()), e.fieldErrors(), publishAt),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (IllegalTransition e) {
            return editorView(desk.failed(saved, actor, form.atVersion(saved.version()),
                    t.text("api.illegalTransition", desk.statusLabel(e.from())), publishAt), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("notice", notice);
        return new ModelAndView("redirect:/newsroom/articles/" + saved.id());
    }

    /** A stale version is a colleague's save; the same version means the slug was taken. */
    private ModelAndView conflictOrTaken(long id, ArticleForm form, Actor actor, String publishAt) {
        Article now = load(id);
        if (form.version() != null && now.version() != form.version()) {
            return editorView(desk.conflict(now, actor, form, publishAt), HttpStatus.CONFLICT);
        }
        return editorView(desk.refused(now, actor, form, Map.of("slug", "slug.taken"), publishAt), HttpStatus.CONFLICT);
    }

    private Article load(long id) {
        return desk.find(id).orElseThrow(() -> new NotFound("article " + id));
    }

    private static int requireVersion(ArticleForm form) {
        if (form.version() == null) {
            throw InvalidInput.of("version", "api.version.required");
        }
        return form.version();
    }

    private static ModelAndView editorView(EditorPage page, HttpStatus status) {
        ModelAndView view = new ModelAndView(EDITOR, Map.of("page", page));
        view.setStatus(status);
        return view;
    }
}

package io.iton.api;

import java.net.URI;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.iton.account.Actors;
import io.iton.article.ApprovalsMissing;
import io.iton.article.Article;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.article.ReviewKind;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NotFound;

/**
 * {@code /api/v1/articles}. Anyone reads what is published; newsroom accounts also see drafts
 * ({@code ?scope=all}), write, and move articles through the workflow (submit, return, approve,
 * publish, correct). Who may do which step is checked by {@link ArticleEditor}; the security
 * rules also keep publishing to editors.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApi {

    private final Articles articles;
    private final ArticleEditor editor;
    private final ArticleJsonAssembler json;
    private final Actors actors;
    private final Localizer t;

    ArticleApi(Articles articles, ArticleEditor editor, ArticleJsonAssembler json, Actors actors, Localizer t) {
        this.articles = articles;
        this.editor = editor;
        this.json = json;
        this.actors = actors;
        this.t = t;
    }

    @GetMapping
    PageJson<ArticleJson> list(@RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) String scope, Authentication auth) {
        var request = ApiPaging.of(page, size);
        if ("all".equals(scope)) {
            if (!isStaff(auth)) {
                throw new AccessDeniedException("scope=all needs a newsroom account");
            }
            return PageJson.of(articles.all(request), json::summaries);
        }
        return PageJson.of(articles.latestPublic(request), json::summaries);
    }

    @GetMapping("/{id}")
    ArticleJson get(@PathVariable long id, Authentication auth) {
        var found = isStaff(auth) ? articles.find(id) : articles.findPublic(id);
        return json.full(found.orElseThrow(() -> new NotFound("article " + id)));
    }

    @PostMapping
    ResponseEntity<ArticleJson> create(@RequestBody ArticleRequest request, Authentication auth) {
        Article created = editor.create(request.draft(), actors.of(auth));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id())).body(json.full(created));
    }

    @PutMapping("/{id}")
    ArticleJson update(@PathVariable long id, @RequestBody ArticleRequest request, Authentication auth) {
        return json.full(editor.update(id, requireVersion(request.version()), request.draft(), actors.of(auth)));
    }

    @PostMapping("/{id}/publish")
    ArticleJson publish(@PathVariable long id, @RequestBody WorkflowRequest request, Authentication auth) {
        Instant at = request.at() == null ? null : request.at().toInstant();
        return json.full(editor.publish(id, requireVersion(request.version()), at, actors.of(auth)));
    }

    @PostMapping("/{id}/unpublish")
    ArticleJson unpublish(@PathVariable long id, @RequestBody WorkflowRequest request, Authentication auth) {
        return json.full(editor.unpublish(id, requireVersion(request.version()), actors.of(auth)));
    }

    @PostMapping("/{id}/submit")
    ArticleJson submit(@PathVariable long id, @RequestBody WorkflowRequest request, Authentication auth) {
        return json.full(editor.submit(id, requireVersion(request.version()), actors.of(auth)));
    }

    @PostMapping("/{id}/return")
    ArticleJson returnToDraft(@PathVariable long id, @RequestBody WorkflowRequest request, Authentication auth) {
        return json.full(editor.returnToDraft(id, requireVersion(request.version()), request.note(), actors.of(auth)));
    }

    @PostMapping("/{id}/approve")
    ArticleJson approve(@PathVariable long id, @RequestBody WorkflowRequest request, Authentication auth) {
        editor.approve(id, requireVersion(request.version()), request.kind(), actors.of(auth));
        return json.full(articles.find(id).orElseThrow(() -> new NotFound("article " + id)));
    }

    @PostMapping("/{id}/corrections")
    ResponseEntity<ArticleJson> correct(@PathVariable long id, @RequestBody CorrectionRequest request,
                                        Authentication auth) {
        editor.correct(id, request.text(), actors.of(auth));
        ArticleJson article = json.full(articles.find(id).orElseThrow(() -> new NotFound("article " + id)));
        return ResponseEntity.status(HttpStatus.CREATED).body(article);
    }

    /** Refused for missing approvals: the detail names them, {@code missingApprovals} lists their codes. */
    @ExceptionHandler(ApprovalsMissing.class)
    ProblemDetail approvalsMissing(ApprovalsMissing e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, t.text("review.missing", e.names()));
        problem.setProperty("missingApprovals", e.missing().stream().map(ReviewKind::code).toList());
        return problem;
    }

    private static int requireVersion(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "api.version.required");
        }
        return version;
    }

    private static boolean isStaff(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}

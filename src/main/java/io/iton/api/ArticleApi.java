package io.iton.api;

import java.net.URI;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.iton.account.Actors;
import io.iton.article.Article;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;

/**
 * {@code /api/v1/articles}. Anyone reads what is published; newsroom accounts also see drafts
 * ({@code ?scope=all}) and write. Who may publish is decided by the security rules.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApi {

    private final Articles articles;
    private final ArticleEditor editor;
    private final ArticleJsonAssembler json;
    private final Actors actors;

    ArticleApi(Articles articles, ArticleEditor editor, ArticleJsonAssembler json, Actors actors) {
        this.articles = articles;
        this.editor = editor;
        this.json = json;
        this.actors = actors;
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

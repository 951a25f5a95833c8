package io.iton.media;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.iton.account.Actors;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.PageRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The library for the article editor's image picker, on the newsroom session: a page of images
 * as JSON, and an upload that answers the new image or an RFC 9457 problem with the Hebrew reason.
 * The POST carries the CSRF token like every newsroom form (as {@code X-CSRF-TOKEN} from script).
 */
@RestController
class MediaJsonController {

    private final MediaLibrary library;
    private final MediaEditor editor;
    private final Actors actors;
    private final MediaTexts texts;
    private final Localizer t;

    MediaJsonController(MediaLibrary library, MediaEditor editor, Actors actors, MediaTexts texts, Localizer t) {
        this.library = library;
        this.editor = editor;
        this.actors = actors;
        this.texts = texts;
        this.t = t;
    }

    /** One page of images, newest first, for the picker. */
    record Listing(List<Image> items, int page, int totalPages, long total) {
    }

    @GetMapping("/newsroom/media.json")
    @PreAuthorize(MediaController.STAFF)
    Listing list(@RequestParam(name = "q", required = false) String query,
                 @RequestParam(name = "page", defaultValue = "1") int number) {
        var page = library.search(query, new PageRequest(Math.max(1, number), MediaController.PAGE_SIZE));
        return new Listing(page.items(), page.number(), page.totalPages(), page.total());
    }

    @PostMapping("/newsroom/media.json")
    @PreAuthorize(MediaController.STAFF)
    ResponseEntity<?> upload(HttpServletRequest request, Authentication auth) {
        UploadForm form = UploadForm.read(request);
        if (form.tooLarge()) {
            return refused(HttpStatus.CONTENT_TOO_LARGE, texts.tooLarge());
        }
        try {
            Image image = editor.upload(form.file(), form.size(), form.details(), actors.of(auth));
            return ResponseEntity.created(URI.create("/newsroom/media/" + image.id())).body(image);
        } catch (InvalidInput e) {
            return refused(HttpStatus.BAD_REQUEST, texts.errors(e.fieldErrors()));
        }
    }

    /** The first reason as the problem's {@code detail}, and every field's under {@code errors}. */
    private ResponseEntity<ProblemDetail> refused(HttpStatus status, Map<String, String> errors) {
        String detail = errors.isEmpty() ? t.text("api.invalid") : errors.values().iterator().next();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }
}

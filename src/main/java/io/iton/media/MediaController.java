package io.iton.media;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.account.Actors;
import io.iton.article.Actor;
import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicationTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The library in the newsroom: the grid with search, the upload form, and one image's page to
 * change its words or delete it. Every staff role may upload; who may change or delete an image
 * is {@link StoredImage#mayBeChangedBy}, checked by {@link MediaEditor}.
 */
@NewsroomController
class MediaController {

    static final String STAFF = "hasAnyRole('ADMIN', 'EDITOR', 'WRITER')";
    static final int PAGE_SIZE = 24;

    private final MediaLibrary library;
    private final MediaEditor editor;
    private final Actors actors;
    private final MediaTexts texts;
    private final MediaProperties properties;
    private final PublicationTime time;
    private final Localizer t;

    MediaController(MediaLibrary library, MediaEditor editor, Actors actors, MediaTexts texts,
                    MediaProperties properties, PublicationTime time, Localizer t) {
        this.library = library;
        this.editor = editor;
        this.actors = actors;
        this.texts = texts;
        this.properties = properties;
        this.time = time;
        this.t = t;
    }

    @GetMapping("/newsroom/media")
    @PreAuthorize(STAFF)
    ModelAndView list(@RequestParam(name = "q", required = false) String query,
                      @RequestParam(name = "page", defaultValue = "1") int number,
                      @RequestParam(name = "deleted", required = false) String deleted) {
        var page = library.stored(query, new PageRequest(Math.max(1, number), PAGE_SIZE));
        String q = query == null ? "" : query.strip();
        List<MediaListPage.Tile> tiles = page.items().stream().map(this::tile).toList();
        return new ModelAndView("newsroom/media", Map.of("page", new MediaListPage(q, tiles, page.total(),
                page.number(), page.totalPages(), page.hasPrevious() ? listUrl(q, page.number() - 1) : null,
                page.hasNext() ? listUrl(q, page.number() + 1) : null,
                deleted != null ? t.text("media.deleted") : null)));
    }

    @GetMapping("/newsroom/media/new")
    @PreAuthorize(STAFF)
    ModelAndView uploadForm() {
        return uploadPage(new ImageDetails("", "", ""), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/newsroom/media")
    @PreAuthorize(STAFF)
    ModelAndView upload(HttpServletRequest request, Authentication auth) {
        UploadForm form = UploadForm.read(request);
        if (form.tooLarge()) {
            return uploadPage(form.details(), texts.tooLarge(), HttpStatus.CONTENT_TOO_LARGE);
        }
        try {
            Image image = editor.upload(form.file(), form.size(), form.details(), actors.of(auth));
            return new ModelAndView("redirect:/newsroom/media/" + image.id() + "?uploaded");
        } catch (InvalidInput e) {
            return uploadPage(form.details(), texts.errors(e.fieldErrors()), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/newsroom/media/{id}")
    @PreAuthorize(STAFF)
    ModelAndView show(@PathVariable long id, Authentication auth, HttpServletRequest request) {
        StoredImage image = library.stored(id).orElseThrow(() -> new NotFound("media " + id));
        String notice = request.getParameter("uploaded") != null ? t.text("media.uploaded")
                : request.getParameter("saved") != null ? t.text("media.saved") : null;
        return imagePage(image, image.details(), Map.of(), notice, actors.of(auth), HttpStatus.OK);
    }

    @PostMapping("/newsroom/media/{id}")
    @PreAuthorize(STAFF)
    ModelAndView update(@PathVariable long id, @RequestParam(required = false) String alt,
                        @RequestParam(required = false) String caption, @RequestParam(required = false) String credit,
                        Authentication auth) {
        Actor actor = actors.of(auth);
        ImageDetails typed = new ImageDetails(alt, caption, credit);
        try {
            editor.update(id, typed, actor);
            return new ModelAndView("redirect:/newsroom/media/" + id + "?saved");
        } catch (InvalidInput e) {
            StoredImage image = library.stored(id).orElseThrow(() -> new NotFound("media " + id));
            return imagePage(image, typed, texts.errors(e.fieldErrors()), null, actor, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/newsroom/media/{id}/delete")
    @PreAuthorize(STAFF)
    ModelAndView delete(@PathVariable long id, Authentication auth) {
        editor.delete(id, actors.of(auth));
        return new ModelAndView("redirect:/newsroom/media?deleted");
    }

    /** Another writer's image: the newsroom's Hebrew 403 page, as for any refused page. */
    @ExceptionHandler(Forbidden.class)
    void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.FORBIDDEN.value());
    }

    private ModelAndView uploadPage(ImageDetails values, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("newsroom/mediaUpload", Map.of("page",
                new MediaFormPage(values, errors, null, null, true, properties.maxMegabytes())));
        page.setStatus(status);
        return page;
    }

    private ModelAndView imagePage(StoredImage image, ImageDetails values, Map<String, String> errors, String notice,
                                   Actor actor, HttpStatus status) {
        ModelAndView page = new ModelAndView("newsroom/mediaEdit", Map.of("page", new MediaFormPage(values, errors,
                notice, shown(image), image.mayBeChangedBy(actor), properties.maxMegabytes())));
        page.setStatus(status);
        return page;
    }

    private MediaFormPage.Shown shown(StoredImage image) {
        List<MediaFormPage.File> files = new ArrayList<>();
        for (int w : image.variantWidths()) {
            files.add(new MediaFormPage.File(t.text("media.file.copy", w), w, image.heightAt(w),
                    image.url(w + "." + image.variantExt())));
        }
        files.add(new MediaFormPage.File(t.text("media.file.original"), image.width(), image.height(),
                image.originalUrl()));
        return new MediaFormPage.Shown(image.id(), image.image(), image.format().name(),
                time.human(image.createdAt()), files);
    }

    private MediaListPage.Tile tile(StoredImage image) {
        int w = image.thumbnailWidth();
        return new MediaListPage.Tile(image.id(), image.thumbnailUrl(), w, image.heightAt(w), image.details().alt(),
                image.details().caption(), image.details().credit(), "/newsroom/media/" + image.id(),
                time.human(image.createdAt()));
    }

    private static String listUrl(String query, int number) {
        String url = "/newsroom/media?page=" + number;
        return query.isEmpty() ? url : url + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}

package io.iton.tag;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.InvalidInput;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;
import io.iton.shared.PageRequest;
import io.iton.shared.SeeOther;

/**
 * {@code /newsroom/tags}: editors and administrators search, rename, merge and delete tags;
 * {@code /newsroom/tags.json} suggests tags to anyone in the newsroom as they type in the editor.
 */
@NewsroomController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class TagsController {

    static final int PAGE_SIZE = 50;
    static final int SUGGESTIONS = 10;
    private static final String LIST = "/newsroom/tags";
    private static final Set<String> NOTICES = Set.of("saved", "merged", "deleted");

    private final Tags tags;

    TagsController(Tags tags) {
        this.tags = tags;
    }

    @GetMapping(LIST)
    ModelAndView list(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                      @RequestParam(required = false) String done) {
        String query = q == null ? "" : q.strip();
        var found = tags.search(query, PageRequest.lenient(page, PAGE_SIZE));
        if (found.isBeyondEnd()) {
            found = tags.search(query, PageRequest.first(PAGE_SIZE));
        }
        return new ModelAndView("newsroom/tags", Map.of("page", new TagsPage(found, query, notice(done))));
    }

    /** The editor's autocomplete: prefix match on names, Hebrew prefixes and quotes forgiven. */
    @GetMapping(LIST + ".json")
    @ResponseBody
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'WRITER')")
    List<Tag> suggest(@RequestParam(required = false) String q) {
        return tags.suggest(q, SUGGESTIONS);
    }

    @GetMapping(LIST + "/{id}")
    ModelAndView edit(@PathVariable long id, @RequestParam(required = false) String done) {
        Tag tag = load(id);
        return page(tag, tag.name(), null, Map.of(), notice(done), HttpStatus.OK);
    }

    @PostMapping(LIST + "/{id}")
    ModelAndView rename(@PathVariable long id, @RequestParam(required = false) String name) {
        Tag tag = load(id);
        try {
            tags.rename(id, name);
            return SeeOther.to(LIST + "/" + id + "?done=saved");
        } catch (InvalidInput e) {
            return page(tag, name, null, e.fieldErrors(), null, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping(LIST + "/{id}/merge")
    ModelAndView merge(@PathVariable long id, @RequestParam(required = false) String target) {
        Tag tag = load(id);
        try {
            if (target == null || target.isBlank()) {
                throw InvalidInput.of("target", "tag.merge.targetRequired");
            }
            Tag into = tags.findByName(target).orElseThrow(() -> InvalidInput.of("target", "tag.merge.targetUnknown"));
            tags.merge(id, into.id());
            return SeeOther.to(LIST + "/" + into.id() + "?done=merged");
        } catch (InvalidInput e) {
            return page(tag, tag.name(), target, e.fieldErrors(), null, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping(LIST + "/{id}/delete")
    ModelAndView delete(@PathVariable long id, @RequestParam(required = false) String confirm) {
        Tag tag = load(id);
        if (confirm == null) {
            return page(tag, tag.name(), null, Map.of("confirm", "tag.delete.confirmRequired"), null,
                    HttpStatus.BAD_REQUEST);
        }
        tags.delete(id);
        return SeeOther.to(LIST + "?done=deleted");
    }

    private Tag load(long id) {
        return tags.find(id).orElseThrow(() -> new NotFound("tag " + id));
    }

    private ModelAndView page(Tag tag, String name, String target, Map<String, String> errors, String notice,
                              HttpStatus status) {
        CountedTag counted = new CountedTag(tag, tags.countArticles(tag.id()));
        ModelAndView page = new ModelAndView("newsroom/tagsEdit", Map.of("page",
                new TagPage(counted, tags.formerSlugs(tag.id()), name, target, errors, notice)));
        page.setStatus(status);
        return page;
    }


    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "tag.notice." + done : null;
    }
}

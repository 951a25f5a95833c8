package io.iton.category;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.InvalidInput;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;
import io.iton.shared.SeeOther;

/**
 * {@code /newsroom/categories}: editors and administrators list, create, edit, re-slug, order,
 * merge and delete categories. Every change redirects back with a notice; refused input shows
 * the form again with what was typed and a message beside each field.
 */
@NewsroomController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class CategoriesController {

    private static final String LIST = "/newsroom/categories";
    /** The notices a redirect may ask for: {@code ?done=} is never looked up unchecked. */
    private static final Set<String> NOTICES = Set.of("created", "saved", "merged", "deleted", "moved");

    private final Categories categories;

    CategoriesController(Categories categories) {
        this.categories = categories;
    }

    @GetMapping(LIST)
    ModelAndView list(@RequestParam(required = false) String done) {
        return listPage(CategoryFields.EMPTY, Map.of(), notice(done), HttpStatus.OK);
    }

    @PostMapping(LIST)
    ModelAndView create(@ModelAttribute CategoryFields fields) {
        try {
            categories.create(checked(fields).form());
            return redirect(LIST + "?done=created");
        } catch (InvalidInput e) {
            return listPage(fields, e.fieldErrors(), null, HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(LIST + "/{id}")
    ModelAndView edit(@PathVariable long id, @RequestParam(required = false) String done) {
        Category category = load(id);
        return editPage(category, CategoryFields.of(category), null, Map.of(), notice(done), HttpStatus.OK);
    }

    @PostMapping(LIST + "/{id}")
    ModelAndView update(@PathVariable long id, @ModelAttribute CategoryFields fields) {
        Category category = load(id);
        try {
            categories.update(id, checked(fields).form());
            return redirect(LIST + "/" + id + "?done=saved");
        } catch (InvalidInput e) {
            return editPage(category, fields, null, e.fieldErrors(), null, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping(LIST + "/{id}/merge")
    ModelAndView merge(@PathVariable long id, @RequestParam(required = false) String target) {
        Category category = load(id);
        try {
            Category into = categories.merge(id, parseId(target));
            return redirect(LIST + "/" + into.id() + "?done=merged");
        } catch (InvalidInput e) {
            return editPage(category, CategoryFields.of(category), target, e.fieldErrors(), null, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping(LIST + "/{id}/delete")
    ModelAndView delete(@PathVariable long id) {
        Category category = load(id);
        try {
            categories.delete(id);
            return redirect(LIST + "?done=deleted");
        } catch (CategoryNotEmpty e) {
            return editPage(category, CategoryFields.of(category), null, Map.of("delete", "category.delete.notEmpty"),
                    null, HttpStatus.CONFLICT);
        }
    }

    @PostMapping(LIST + "/{id}/move")
    ModelAndView move(@PathVariable long id, @RequestParam(required = false) String direction) {
        Categories.Direction way = "up".equalsIgnoreCase(direction) ? Categories.Direction.UP : Categories.Direction.DOWN;
        categories.move(id, way);
        return redirect(LIST + "?done=moved#category-" + id);
    }

    private Category load(long id) {
        return categories.find(id).orElseThrow(() -> new NotFound("category " + id));
    }

    /** The header position must be a whole number; the service checks the rest. */
    private static CategoryFields checked(CategoryFields fields) {
        if (!fields.menuOrderValid()) {
            throw InvalidInput.of("menuOrder", "category.menuOrder.invalid");
        }
        return fields;
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("target", "category.merge.targetUnknown");
        }
    }

    private ModelAndView listPage(CategoryFields form, Map<String, String> errors, String notice, HttpStatus status) {
        ModelAndView page = new ModelAndView("newsroom/categories",
                Map.of("page", new CategoriesPage(categories.allCounted(), form, errors, notice)));
        page.setStatus(status);
        return page;
    }

    private ModelAndView editPage(Category category, CategoryFields form, String target, Map<String, String> errors,
                                  String notice, HttpStatus status) {
        List<CountedCategory> all = categories.allCounted();
        CountedCategory counted = all.stream().filter(c -> c.category().id() == category.id()).findFirst()
                .orElseThrow(() -> new NotFound("category " + category.id()));
        List<Category> others = all.stream().map(CountedCategory::category).filter(c -> c.id() != category.id()).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("page", new CategoryPage(counted, categories.formerSlugs(category.id()), others, form, target,
                errors, notice));
        ModelAndView page = new ModelAndView("newsroom/categoriesEdit", model);
        page.setStatus(status);
        return page;
    }

    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "category.notice." + done : null;
    }

    private static ModelAndView redirect(String path) {
        return SeeOther.to(path);
    }
}

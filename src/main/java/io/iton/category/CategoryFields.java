package io.iton.category;

/**
 * The category form as typed, every field a string so that bad input comes back to the editor
 * exactly as it was sent. {@code featured} is the checkbox: present (any value) or absent.
 */
public record CategoryFields(String name, String slug, String description, String featured, String menuOrder) {

    static final CategoryFields EMPTY = new CategoryFields("", "", "", null, "0");

    static CategoryFields of(Category c) {
        return new CategoryFields(c.name(), c.slug(), c.description(), c.featured() ? "on" : null,
                Integer.toString(c.menuOrder()));
    }

    public boolean isFeatured() {
        return featured != null;
    }

    public String nameOrEmpty() {
        return name == null ? "" : name;
    }

    public String slugOrEmpty() {
        return slug == null ? "" : slug;
    }

    public String descriptionOrEmpty() {
        return description == null ? "" : description;
    }

    public String menuOrderOrEmpty() {
        return menuOrder == null ? "" : menuOrder;
    }

    /** The form for the service; the channel refuses a header position that is not a whole number first. */
    CategoryForm form() {
        return new CategoryForm(name, slug, description, isFeatured(), menuOrderNumber());
    }

    boolean menuOrderValid() {
        String m = menuOrderOrEmpty().strip();
        return m.isEmpty() || m.matches("-?\\d{1,6}");
    }

    private int menuOrderNumber() {
        String m = menuOrderOrEmpty().strip();
        return m.isEmpty() || !menuOrderValid() ? 0 : Integer.parseInt(m);
    }
}

package io.iton.article;

/**
 * Who is changing an article: an account id (or {@code null} for the system itself, as when
 * loading demo content or publishing on schedule), whether they hold an editor's rights to publish
 * and edit anything, and whether they are an administrator (who manage review settings).
 */
public record Actor(Long userId, boolean editor, boolean admin) {

    public static final Actor SYSTEM = new Actor(null, true, false);

    public Actor(Long userId, boolean editor) {
        this(userId, editor, false);
    }

    public static Actor admin(long userId) {
        return new Actor(userId, true, true);
    }

    public static Actor editor(long userId) {
        return new Actor(userId, true, false);
    }

    public static Actor writer(long userId) {
        return new Actor(userId, false, false);
    }
}

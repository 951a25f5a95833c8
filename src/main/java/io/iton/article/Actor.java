package io.iton.article;

/**
 * Who is changing an article: an account id (or {@code null} for the system itself, as when
 * loading demo content) and whether they hold an editor's rights to publish and edit anything.
 */
public record Actor(Long userId, boolean editor) {

    public static final Actor SYSTEM = new Actor(null, true);

    public static Actor editor(long userId) {
        return new Actor(userId, true);
    }

    public static Actor writer(long userId) {
        return new Actor(userId, false);
    }
}

package io.iton.article;

/** A workflow step that the article's current status does not allow, such as unpublishing a draft. */
public class IllegalTransition extends RuntimeException {

    private final ArticleStatus from;

    IllegalTransition(ArticleStatus from, String step) {
        super("cannot " + step + " an article that is " + from);
        this.from = from;
    }

    public ArticleStatus from() {
        return from;
    }
}

package io.iton.history;

/** How a revision came to be. */
public enum RevisionKind {
    /** The article's first save. */
    CREATED,
    /** A later save. */
    UPDATED,
    /** A save that put an earlier revision's content back. */
    RESTORED,
    /** The content an article already had when revisions began to be kept (see {@link RevisionBaseline}). */
    BASELINE
}

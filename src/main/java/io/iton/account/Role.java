package io.iton.account;

/** What a newsroom account may do; checked on the server for every action. */
public enum Role {
    /** Everything, including users and settings. */
    ADMIN,
    /** All articles, publishing, categories and tags. */
    EDITOR,
    /** Own drafts; cannot publish. */
    WRITER,
    /** The advertising desk: leads, quotes and the outbox; no article editing. */
    SALES;

    public String authority() {
        return "ROLE_" + name();
    }
}

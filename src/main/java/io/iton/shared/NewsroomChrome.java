package io.iton.shared;

/**
 * What the newsroom frame shows around every back-office page: the site, who is logged in with
 * which rights (to show only the links they may use), the CSRF token every form carries, and the
 * path of the page, to mark the current link.
 */
public record NewsroomChrome(String siteName, String userName, boolean admin, boolean editor, boolean sales,
                             String csrfParameter, String csrfToken, String path) {

    /** The advertising desk's pages (leads, outbox) are for the sales role and administrators. */
    public boolean desk() {
        return sales || admin;
    }

    public boolean loggedIn() {
        return userName != null;
    }

    /** {@code aria-current="page"} belongs on the link to this page or to the section it is in. */
    public boolean current(String linkPath) {
        return linkPath.equals("/newsroom") ? path.equals(linkPath) : path.startsWith(linkPath);
    }
}

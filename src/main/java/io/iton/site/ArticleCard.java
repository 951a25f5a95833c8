package io.iton.site;

/** An article in a list: home, category, tag, author, "more articles". */
public record ArticleCard(String title, String subtitle, String url, Link category, Link author, Timestamp published,
                          String sponsorName) {

    public boolean sponsored() {
        return sponsorName != null;
    }
}

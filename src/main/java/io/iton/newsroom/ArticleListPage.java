package io.iton.newsroom;

import java.util.List;

import io.iton.site.Pagination;

/** The newsroom's list of articles, newest first. */
public record ArticleListPage(List<Row> rows, Filters filters, Pagination pagination) {

    /** The filter form as it was submitted. */
    public record Filters(List<EditorPage.Check> statuses, List<EditorPage.Choice> categories, String q, boolean mine) {
    }

    /** One article in the list. */
    public record Row(long id, String title, String status, String category, String time, String editUrl,
                      String publicUrl) {
    }
}

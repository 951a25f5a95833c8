package io.iton.advert;

import java.util.List;

/** {@code /newsroom/leads}: the inbox, filtered, a page at a time. */
public record LeadsPage(List<Row> rows, List<Option> statuses, List<Option> assignees, String text, long total,
                        String previousUrl, String nextUrl, String position, String notice) {

    public record Row(long id, String reference, String company, String name, String status, String received,
                      String receivedMachine, String assignee, String products) {
    }

    public record Option(String value, String label, boolean selected) {
    }
}

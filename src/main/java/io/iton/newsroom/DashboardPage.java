package io.iton.newsroom;

import java.util.List;

/** The newsroom's first page: what needs attention, in lists of links. */
public record DashboardPage(List<Section> sections) {

    /** One list on the dashboard, with what to say when it is empty. */
    public record Section(String id, String heading, String empty, List<Item> items) {
    }

    /** One article in a list: its title, a note (status, time), and where to edit it. */
    public record Item(String title, String note, String url) {
    }
}

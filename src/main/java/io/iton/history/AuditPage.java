package io.iton.history;

import java.util.List;
import java.util.Map;

/**
 * The audit log page: the filter as typed (with a message beside each field it refused), and the
 * matching entries newest first.
 *
 * @param errors Hebrew messages by field; when any, no entries are listed
 */
public record AuditPage(AuditFilter filter, Map<String, String> errors, List<Option> users, List<Option> actions,
                        List<Row> rows, long total, Pager pager) {

    public record Option(String value, String label) {
    }

    /**
     * One entry.
     *
     * @param subject       what it was done to, as the log recorded it, or {@code null}
     * @param revisionsPath the article's revisions, when it is an article
     */
    public record Row(String human, String machine, String who, String action, String subject, String revisionsPath,
                      List<Detail> details) {
    }

    public record Detail(String label, String value) {
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean filtered() {
        return !filter.queryString().isEmpty();
    }
}

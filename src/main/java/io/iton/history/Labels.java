package io.iton.history;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.iton.shared.Localizer;

/**
 * Hebrew names for things other features define and may add to: article fields, statuses, audit
 * actions and details. A name without a message yet is shown as its key, never as an error, so a
 * field or action added elsewhere shows up at once and reads well once its message is added.
 */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String field(String name) {
        return orKey("history.field." + name, name);
    }

    String status(String name) {
        return orKey("revisions.status." + name, name);
    }

    String action(String action) {
        return orKey("audit.action." + action, action);
    }

    String detail(String name) {
        return orKey("audit.detail." + name, name);
    }

    private String orKey(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Localizer.HEBREW);
    }
}

package io.iton.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.iton.article.Article;
import io.iton.article.ArticleDraft;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article as saved, as a JSON object of all its fields plus its tags by name. Written from the
 * {@link Article} record itself, so a field added to articles later (SEO title, featured image…)
 * is kept without a change here, and read back into an {@link ArticleDraft} by field name, so a
 * field that the draft and the article share is restored too.
 */
record ArticleSnapshot(ObjectNode json) {

    /** What the workflow and the database set, not what an editor writes: never a "change". */
    private static final Set<String> NOT_CONTENT = Set.of("id", "version", "status", "publishedAt", "updatedAt",
            "createdAt", "createdBy", "tagIds", "contentVersion", "reviewNote");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static ArticleSnapshot of(Article article, List<String> tagNames) {
        ObjectNode json = JSON.valueToTree(article);
        ArrayNode tags = json.putArray("tags");
        tagNames.forEach(tags::add);
        // through text, so numbers read back from the table compare equal to fresh ones (5 is 5, int or long)
        return parse(JSON.writeValueAsString(json));
    }

    static ArticleSnapshot parse(String text) {
        return new ArticleSnapshot((ObjectNode) JSON.readTree(text));
    }

    String text() {
        return JSON.writeValueAsString(json);
    }

    /** The content fields whose values differ from {@code previous}, in this article's field order. */
    List<String> changedFrom(ArticleSnapshot previous) {
        Set<String> fields = new LinkedHashSet<>(json.propertyNames());
        fields.addAll(previous.json.propertyNames());
        List<String> changed = new ArrayList<>();
        for (String field : fields) {
            if (!NOT_CONTENT.contains(field) && !Objects.equals(json.get(field), previous.json.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** A field's value as a person reads it: text as it is, a list joined by commas, nothing as empty. */
    String display(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
            return String.join(", ", items);
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    /** The content again as a writer would send it: what a restore saves. */
    ArticleDraft toDraft() {
        return JSON.treeToValue(json, ArticleDraft.class);
    }
}

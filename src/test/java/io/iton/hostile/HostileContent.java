package io.iton.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.iton.account.Role;
import io.iton.account.UserAccount;
import io.iton.support.Fixtures;
import io.iton.support.Session;
import tools.jackson.databind.JsonNode;

/**
 * Content with the breakout payload in every text field, stored as an editor would: an author
 * and a category through the API, an image through the newsroom's upload form, then an article
 * (title, subtitle, hostile body, SEO title and description, sponsor, a new tag) written,
 * published and corrected through the API by an editor whose own display name is hostile too.
 */
final class HostileContent {

    /** Everything one test stored, by field. */
    record Stored(Map<String, String> typed, long articleId, String articleSlug, long imageId, long categoryId,
                  String categorySlug, String authorSlug, long tagId, String tagSlug, UserAccount editor) {

        String articlePath() {
            return "/article/" + articleId + "/" + SqlInjectionContract.enc(articleSlug);
        }
    }

    private HostileContent() {
    }

    /** Stores the breakout in every field through the API and the newsroom, as an editor would type it. */
    static Stored store(HostileTestBase test) throws IOException {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("title", "subtitle", "seoTitle", "seoDescription", "sponsor", "tag", "category",
                "description", "author", "bio", "alt", "caption", "credit", "correction", "user")) {
            typed.put(field, Payloads.labelled(field));
        }
        UserAccount editor = test.user(Role.EDITOR, typed.get("user"));
        JsonNode author = created(test.client().asAdmin("POST", "/api/v1/authors", "{\"displayName\":" + json(typed.get("author"))
                + ",\"slug\":\"" + Fixtures.unique("hostile") + "\",\"bio\":" + json(typed.get("bio")) + "}").body());
        JsonNode category = created(test.client().asAdmin("POST", "/api/v1/categories", "{\"name\":" + json(typed.get("category"))
                + ",\"slug\":\"" + Fixtures.unique("hostile") + "\",\"description\":" + json(typed.get("description")) + "}")
                .body());
        long imageId = upload(test.admin(), typed);
        String request = "{\"title\":" + json(typed.get("title")) + ",\"subtitle\":" + json(typed.get("subtitle"))
                + ",\"body\":" + json("<p>גוף הכתבה</p>" + Payloads.BODY_ATTACKS) + ",\"seoTitle\":" + json(typed.get("seoTitle"))
                + ",\"seoDescription\":" + json(typed.get("seoDescription")) + ",\"sponsored\":true,\"sponsorName\":"
                + json(typed.get("sponsor")) + ",\"tags\":[" + json(typed.get("tag")) + "],\"authorId\":"
                + author.get("id").asLong() + ",\"categoryId\":" + category.get("id").asLong()
                + ",\"featuredImageId\":" + imageId + "}";
        JsonNode article = created(test.client().as(editor.email(), HostileTestBase.PASSWORD, "POST", "/api/v1/articles", request).body());
        long id = article.get("id").asLong();
        JsonNode published = created(test.client().as(editor.email(), HostileTestBase.PASSWORD, "POST", "/api/v1/articles/" + id + "/publish",
                "{\"version\":" + article.get("version").asInt() + "}").body());
        created(test.client().as(editor.email(), HostileTestBase.PASSWORD, "POST", "/api/v1/articles/" + id + "/corrections",
                "{\"text\":" + json(typed.get("correction")) + "}").body());
        JsonNode tag = published.get("tags").get(0);
        return new Stored(typed, id, published.get("slug").asString(), imageId, category.get("id").asLong(),
                category.get("slug").asString(), author.get("slug").asString(), tag.get("id").asLong(),
                tag.get("slug").asString(), editor);
    }

    private static long upload(Session admin, Map<String, String> typed) throws IOException {
        var answer = admin.multipart("/newsroom/media", Map.of("_csrf", admin.token(), "alt", typed.get("alt"),
                "caption", typed.get("caption"), "credit", typed.get("credit")), "תמונה.jpg", "image/jpeg", jpeg(), Map.of());
        String location = answer.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("upload refused: " + answer.statusCode() + " " + answer.body()));
        return Long.parseLong(location.replaceAll(".*/media/(\\d+).*", "$1"));
    }

    private static JsonNode created(String body) {
        JsonNode node = Parsed.json(body);
        if (node.has("status") && node.get("status").isNumber()) {
            throw new AssertionError("API refused: " + body);
        }
        return node;
    }

    static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    private static String json(String text) {
        return Parsed.quoted(text);
    }
}

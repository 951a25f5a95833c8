package io.iton.media;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;
import io.iton.shared.PageRequest;

@Repository
class MediaRepository {

    private static final String COLUMNS = """
            id, token, source_format, original_ext, width, height, variant_widths, variant_ext, bytes, alt, caption,
            credit, uploaded_by, created_at, updated_at""";
    /** An empty query matches everything; otherwise the words appear in the alt text or the caption. */
    private static final String MATCHES = """
            (:pattern = '%' OR LOWER(alt) LIKE :pattern ESCAPE '!' OR LOWER(caption) LIKE :pattern ESCAPE '!')""";
    private static final RowMapper<StoredImage> ROW = (rs, n) -> new StoredImage(rs.getLong("id"),
            rs.getString("token"), ImageFormat.valueOf(rs.getString("source_format")), rs.getString("original_ext"),
            rs.getInt("width"), rs.getInt("height"), widths(rs.getString("variant_widths")), rs.getString("variant_ext"),
            rs.getLong("bytes"), new ImageDetails(rs.getString("alt"), rs.getString("caption"), rs.getString("credit")),
            rs.getObject("uploaded_by", Long.class), DbTime.fromDb(rs, "created_at"), DbTime.fromDb(rs, "updated_at"));

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String token, ImageProcessor.Processed image, long bytes, ImageDetails details, Long uploadedBy,
                Instant now) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO media (token, source_format, original_ext, width, height, variant_widths, variant_ext,
                                           bytes, alt, caption, credit, uploaded_by, created_at, updated_at)
                        VALUES (:token, :format, :originalExt, :width, :height, :variantWidths, :variantExt,
                                :bytes, :alt, :caption, :credit, :uploadedBy, :now, :now)""")
                .param("token", token).param("format", image.format().name()).param("originalExt", image.originalExt())
                .param("width", image.width()).param("height", image.height())
                .param("variantWidths", image.variantWidths().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("variantExt", image.variantExt()).param("bytes", bytes)
                .param("alt", details.alt()).param("caption", details.caption()).param("credit", details.credit())
                .param("uploadedBy", uploadedBy).param("now", DbTime.toDb(now)));
    }

    Optional<StoredImage> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** Newest first, those whose alt text or caption contains {@code query} (any case). */
    List<StoredImage> find(String query, PageRequest page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE " + MATCHES
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("pattern", pattern(query)).param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
    }

    long count(String query) {
        return jdbc.sql("SELECT COUNT(*) FROM media WHERE " + MATCHES).param("pattern", pattern(query))
                .query(Long.class).single();
    }

    void updateDetails(StoredImage image) {
        jdbc.sql("UPDATE media SET alt = :alt, caption = :caption, credit = :credit, updated_at = :now WHERE id = :id")
                .param("alt", image.details().alt()).param("caption", image.details().caption())
                .param("credit", image.details().credit()).param("now", DbTime.toDb(image.updatedAt()))
                .param("id", image.id()).update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM media WHERE id = :id").param("id", id).update() == 1;
    }

    /** {@code %words%}, with the query's own {@code %}, {@code _} and {@code !} matching themselves. */
    static String pattern(String query) {
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "%" : "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static List<Integer> widths(String csv) {
        return csv == null || csv.isEmpty() ? List.of()
                : Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
    }
}

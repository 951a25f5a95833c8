package io.iton.wordpress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.media.Image;
import io.iton.media.ImageDetails;
import io.iton.media.MediaEditor;
import io.iton.media.MediaLibrary;
import io.iton.shared.InvalidInput;

/**
 * Attachments from a local copy of {@code wp-content/uploads} into the media library, never
 * over the network. A missing file or one that is not an image is reported and the import goes
 * on; posts then keep the old address of that image. Each image and its ledger row commit together.
 */
@Component
class AttachmentImporter {

    private static final Pattern UPLOADS_PATH = Pattern.compile("(?:/wp-content/uploads/|/files/)(.+)$");
    private static final Pattern YEAR_MONTH_FILE = Pattern.compile("/(\\d{4}/\\d{2}/[^/]+)$");

    private final MediaEditor media;
    private final MediaLibrary library;
    private final ImportLedger ledger;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AttachmentImporter(MediaEditor media, MediaLibrary library, ImportLedger ledger,
                       PlatformTransactionManager transactions, Clock clock) {
        this.media = media;
        this.library = library;
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void handle(ImportRun run, Wxr.Item item) {
        String alt = item.meta().getOrDefault("_wp_attachment_image_alt", "");
        alt = Taxonomy.clip(alt.isBlank() ? Taxonomy.plain(item.title()) : alt.strip(), ImageDetails.MAX_ALT);
        String caption = Taxonomy.clip(Taxonomy.plain(item.excerpt()), ImageDetails.MAX_CAPTION);
        String key = "attachment:" + item.postId();
        Optional<Image> known = ledger.find(run.source, key).flatMap(library::find);
        Image image = known.orElse(null);
        if (image == null && run.options.uploads() != null) {
            image = upload(run, item, key, alt.isBlank() ? "image " + item.postId() : alt, caption);
        }
        run.attachments.add(new AttachmentIndex.Attachment(item.postId(), item.parent(), item.attachmentUrl(), alt,
                caption, image == null ? null : image.id(), image == null ? null : image.src()));
    }

    private Image upload(ImportRun run, Wxr.Item item, String key, String alt, String caption) {
        String relative = relativeFile(item);
        Path uploads = run.options.uploads().toAbsolutePath().normalize();
        Path file = relative == null ? null : uploads.resolve(relative).normalize();
        if (file == null || !file.startsWith(uploads) || !Files.isRegularFile(file)) {
            run.warn(item.line(), item.label(), "attachment file missing in the uploads folder: "
                    + (relative == null ? item.attachmentUrl() : relative) + " (posts keep its old address)");
            return null;
        }
        if (run.dryRun()) {
            run.plan("image  " + relative);
            return null;
        }
        try {
            Image image = transactions.execute(status -> {
                Image kept = media.upload(new FileSystemResource(file), file.toFile().length(),
                        new ImageDetails(alt, caption, ""), run.options.actor());
                ledger.record(run.source, key, kept.id(), clock.instant());
                return kept;
            });
            run.report.attachments.incrementAndGet();
            return image;
        } catch (InvalidInput e) {
            run.warn(item.line(), item.label(), "attachment " + relative + " not imported: "
                    + String.join(", ", e.fieldErrors().values()) + " (only JPEG, PNG, WebP and GIF images are kept)");
            return null;
        } catch (RuntimeException e) {
            run.warn(item.line(), item.label(), "attachment " + relative + " not imported: " + e.getMessage());
            return null;
        }
    }

    /** Where the file sits under uploads: WordPress's own record of it, else read from its address. */
    static String relativeFile(Wxr.Item item) {
        String attached = item.meta().get("_wp_attached_file");
        if (attached != null && !attached.isBlank()) {
            return attached.strip();
        }
        String url = item.attachmentUrl() == null ? "" : item.attachmentUrl().strip();
        int q = url.indexOf('?');
        url = Taxonomy.decode(q >= 0 ? url.substring(0, q) : url);
        Matcher m = UPLOADS_PATH.matcher(url);
        if (m.find()) {
            return m.group(1);
        }
        Matcher ym = YEAR_MONTH_FILE.matcher(url);
        return ym.find() ? ym.group(1) : null;
    }
}

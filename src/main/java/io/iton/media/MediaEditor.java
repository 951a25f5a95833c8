package io.iton.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Actor;
import io.iton.media.MediaEvents.ImageDeleted;
import io.iton.media.MediaEvents.ImageUpdated;
import io.iton.media.MediaEvents.ImageUploaded;
import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;

/**
 * Adding, describing and deleting images. An upload is checked (words, size, what the bytes
 * are, that they decode) before anything is kept; its files are made in a local working folder,
 * and the row and the files' placing in the store commit together: on any failure neither is left
 * behind.
 */
@Service
public class MediaEditor {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final MediaRepository repository;
    private final MediaStore storage;
    private final ImageDetector detector;
    private final ImageProcessor processor;
    private final MediaProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MediaEditor(MediaRepository repository, MediaStore storage, ImageDetector detector, ImageProcessor processor,
                MediaProperties properties, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                Clock clock) {
        this.repository = repository;
        this.storage = storage;
        this.detector = detector;
        this.processor = processor;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Keeps an uploaded image. {@code size} is what the sender declared (0 for no file); the bytes
     * read are checked against the limit again. Refusals are {@link InvalidInput} naming every
     * field at fault at once ({@code file}, {@code alt}, {@code caption}, {@code credit}), so a
     * writer does not fix the alt text only to learn then that the file was an SVG.
     */
    public Image upload(InputStreamSource content, long size, ImageDetails details, Actor actor) {
        Map<String, String> errors = details.problems();
        Path work = storage.stage();
        try {
            Path source = work.resolve("upload");
            ImageFormat format = receive(content, size, source, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            Path files = Files.createDirectory(work.resolve("files"));
            ImageProcessor.Processed processed = processor.process(source, format, files);
            long bytes = Files.size(source);
            return transactions.execute(status -> keep(processed, files, bytes, details, actor)).image();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            storage.discard(work);
        }
    }

    /** Copies the file to {@code source} and says what it is; a refusal goes into {@code errors}. */
    private ImageFormat receive(InputStreamSource content, long size, Path source, Map<String, String> errors)
            throws IOException {
        if (content == null || size <= 0) {
            errors.put("file", "media.file.required");
            return null;
        }
        if (size > properties.maxBytes() || copy(content, source) > properties.maxBytes()) {
            errors.put("file", "media.file.tooLarge");
            return null;
        }
        ImageFormat format = detector.detect(source).orElse(null);
        if (format == null) {
            errors.put("file", "media.file.notAnImage");
        }
        return format;
    }

    private static long copy(InputStreamSource content, Path target) throws IOException {
        try (InputStream in = content.getInputStream()) {
            return Files.copy(in, target);
        }
    }

    /** Inside the transaction: the row, then the folder into place, taken away again if the commit fails. */
    private StoredImage keep(ImageProcessor.Processed processed, Path files, long bytes, ImageDetails details, Actor actor) {
        String token = token();
        long id = repository.insert(token, processed, bytes, details, actor.userId(), clock.instant());
        StoredImage image = repository.findById(id).orElseThrow();
        storage.place(files, image.folder());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.remove(image.folder());
                }
            }
        });
        events.publishEvent(new ImageUploaded(id, actor.userId()));
        return image;
    }

    @Transactional
    public Image update(long id, ImageDetails details, Actor actor) {
        StoredImage image = changeable(id, actor);
        details.check();
        StoredImage changed = image.withDetails(details, clock.instant());
        repository.updateDetails(changed);
        events.publishEvent(new ImageUpdated(id, actor.userId()));
        return changed.image();
    }

    /** Deletes the row; the files go once that has committed (a rolled-back delete keeps them). */
    @Transactional
    public void delete(long id, Actor actor) {
        StoredImage image = changeable(id, actor);
        repository.delete(id);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storage.remove(image.folder());
            }
        });
        events.publishEvent(new ImageDeleted(id, actor.userId()));
    }

    private StoredImage changeable(long id, Actor actor) {
        StoredImage image = repository.findById(id).orElseThrow(() -> new NotFound("media " + id));
        if (!image.mayBeChangedBy(actor)) {
            throw new Forbidden("media " + id + " belongs to another writer");
        }
        return image;
    }

    /** Unguessable and new on every upload, so a URL never means two different images. */
    private static String token() {
        char[] token = new char[12];
        for (int i = 0; i < token.length; i++) {
            token[i] = TOKEN_CHARS[RANDOM.nextInt(TOKEN_CHARS.length)];
        }
        return new String(token);
    }
}

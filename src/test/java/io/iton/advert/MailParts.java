package io.iton.advert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** What a received message holds, however its parts are nested: the plain text, the HTML, the files. */
final class MailParts {

    record File(String name, String contentType, byte[] bytes) {
    }

    final List<Part> texts = new ArrayList<>();
    final List<Part> htmls = new ArrayList<>();
    final List<File> files = new ArrayList<>();

    static MailParts of(Part message) throws MessagingException, IOException {
        MailParts parts = new MailParts();
        parts.walk(message);
        return parts;
    }

    /** The one plain-text body, line ends as written. */
    String text() throws MessagingException, IOException {
        if (texts.size() != 1) {
            throw new AssertionError("expected one text/plain part, found " + texts.size());
        }
        return ((String) texts.get(0).getContent()).replace("\r\n", "\n");
    }

    private void walk(Part part) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            var bytes = new ByteArrayOutputStream();
            part.getInputStream().transferTo(bytes);
            files.add(new File(part.getFileName(), part.getContentType(), bytes.toByteArray()));
        } else if (part.isMimeType("text/plain")) {
            texts.add(part);
        } else if (part.isMimeType("text/html")) {
            htmls.add(part);
        }
    }
}

package io.iton.advert;

/** A file sent with an {@link OutgoingMail}, kept in the database until the mail is sent. */
public record MailAttachment(String fileName, String contentType, byte[] bytes) {

    public MailAttachment {
        if (fileName == null || fileName.isBlank() || contentType == null || contentType.isBlank() || bytes == null) {
            throw new IllegalArgumentException("an attachment needs a file name, a content type and bytes");
        }
    }
}

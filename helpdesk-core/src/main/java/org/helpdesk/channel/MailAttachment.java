package org.helpdesk.channel;

/** A file sent with an outgoing mail. */
public record MailAttachment(String fileName, String mediaType, byte[] content) {

    public MailAttachment {
        if (fileName.isBlank() || fileName.length() > 200) {
            throw new IllegalArgumentException("a file name is 1..200 characters");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

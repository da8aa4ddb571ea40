package org.warmaid.document;

import java.util.Arrays;
import java.util.Optional;

/** The file formats accepted, recognised by their first bytes (magic numbers), never by the name. */
enum FileKind {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileKind(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }
}

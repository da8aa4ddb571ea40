package org.warmaid.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.warmaid.privacy.PersonalDataCipher;

/**
 * Keeps document bytes encrypted (AES-GCM) in a folder of their own, outside anything the web
 * server serves, under random names that reveal nothing about the file or the person.
 */
@Component
class DocumentStore {

    private final Path root;
    private final PersonalDataCipher cipher;
    private final SecureRandom random = new SecureRandom();

    DocumentStore(@Value("${warmaid.documents.dir:./data/documents}") Path root, PersonalDataCipher cipher) {
        this.root = root.toAbsolutePath().normalize();
        this.cipher = cipher;
    }

    String put(byte[] content) {
        byte[] name = new byte[16];
        random.nextBytes(name);
        String key = HexFormat.of().formatHex(name);
        Path file = pathOf(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "upload-", ".tmp");
            Files.write(temporary, cipher.seal(content));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document", e);
        }
        return key;
    }

    /** The document's content; empty when its file is not in the store (a record without its file). */
    Optional<byte[]> find(String key) {
        try {
            return Optional.of(cipher.open(Files.readAllBytes(pathOf(key))));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + key, e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete document " + key, e);
        }
    }

    private Path pathOf(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a document key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}

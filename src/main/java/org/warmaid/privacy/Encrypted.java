package org.warmaid.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** JPA converter for a personal-data column: encrypted on write, decrypted on read. */
@Converter
public class Encrypted implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public Encrypted(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decrypt(column);
    }
}

package org.warmaid.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How session attributes are written to and read from the database: Java serialization, as Spring
 * Session does by default, except that an attribute that cannot be read back — written by another
 * version of the application during a rolling upgrade, whose classes changed — is taken as absent
 * (the user signs in again) instead of failing every request of that browser.
 */
@Configuration
class SessionAttributes {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> tolerantSessionAttributes() {
        return repository -> repository.setConversionService(conversions());
    }

    ConversionService conversions() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new Readable(new DeserializingConverter(getClass().getClassLoader())));
        return conversions;
    }

    static final class Readable implements Converter<byte[], Object> {

        private static final Logger log = LoggerFactory.getLogger(SessionAttributes.class);

        private final DeserializingConverter deserializer;

        Readable(DeserializingConverter deserializer) {
            this.deserializer = deserializer;
        }

        @Override
        public Object convert(byte[] source) {
            try {
                return deserializer.convert(source);
            } catch (SerializationFailedException unreadable) {
                log.warn("A session attribute cannot be read (written by another version of the application?); "
                        + "it is taken as absent: {}", unreadable.getMostSpecificCause().toString());
                return null;
            }
        }
    }
}

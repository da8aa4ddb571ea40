package org.warmaid.registration;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the ticked hardship boxes as a comma-separated list of names. */
@Converter
class HardshipTypesColumn implements AttributeConverter<Set<HardshipType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<HardshipType> types) {
        return types == null ? "" : types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<HardshipType> convertToEntityAttribute(String column) {
        EnumSet<HardshipType> types = EnumSet.noneOf(HardshipType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(HardshipType::valueOf).forEach(types::add);
        }
        return types;
    }
}

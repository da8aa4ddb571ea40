package org.warmaid.model;

/** One thing wrong with what was entered: the field (null for the whole form) and what to do about it. */
public record FieldProblem(String field, String message) {
}

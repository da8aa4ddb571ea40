package org.warmaid.review;

/** The verdict on one required document in the supporting-document check. */
public record DocumentCheck(String document, boolean passed) {
}

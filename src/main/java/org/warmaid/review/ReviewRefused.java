package org.warmaid.review;

/** A review decision that cannot be accepted as entered; the message tells the reviewer what to fix. */
public class ReviewRefused extends RuntimeException {

    public ReviewRefused(String message) {
        super(message);
    }
}

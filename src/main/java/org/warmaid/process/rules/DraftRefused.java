package org.warmaid.process.rules;

/** A draft decision table the engine cannot read or evaluate; the message is Chinese and names the place. */
public class DraftRefused extends RuntimeException {

    public DraftRefused(String message) {
        super(message);
    }

    public DraftRefused(String message, Throwable cause) {
        super(message, cause);
    }
}

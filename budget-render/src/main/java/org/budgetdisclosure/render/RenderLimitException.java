package org.budgetdisclosure.render;

/**
 * A budget too large to publish as one disclosure: the message names what is too large, by how much, and the
 * limit. Refused up front, before any memory is spent on pages.
 */
public final class RenderLimitException extends RuntimeException {

    /** @param message what is too large and the limit */
    public RenderLimitException(String message) {
        super(message);
    }
}

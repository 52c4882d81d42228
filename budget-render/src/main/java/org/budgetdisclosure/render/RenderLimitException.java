package org.budgetdisclosure.render;

/**
 * A budget too large to publish as one disclosure: the message names what is too large, by how much, and the
 * limit. Refused up front, before any memory is spent on pages.
 */
public final class RenderLimitException extends org.budgetdisclosure.model.errors.BudgetException {

    private final String location;

    /** @param message what is too large and the limit */
    public RenderLimitException(String message) {
        this(message, "");
    }

    /**
     * @param message what is too large and the limit
     * @param location the fact path of what is too large ({@code department.name}), or "" for the whole budget
     */
    public RenderLimitException(String message, String location) {
        super(message, java.util.List.of(org.budgetdisclosure.model.errors.Problem.at(location, message)));
        this.location = java.util.Objects.requireNonNull(location, "location");
    }

    /** @return the fact path of what is too large, or "" for the whole budget; never null */
    public String location() {
        return location;
    }
}

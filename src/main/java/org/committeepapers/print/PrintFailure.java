package org.committeepapers.print;

/** The PDF of a paper could not be made; the message says which paper and why. */
public final class PrintFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PrintFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public PrintFailure(String message) {
        super(message);
    }
}

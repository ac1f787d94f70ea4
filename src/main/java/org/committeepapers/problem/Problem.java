package org.committeepapers.problem;

/**
 * One thing wrong with the content, aimed at the author who has to fix it.
 *
 * @param severity whether the build fails because of it
 * @param position where it is
 * @param message  what is wrong and what was expected
 * @param hint     how to fix it, or null when the message says it all
 */
public record Problem(Severity severity, SourcePosition position, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

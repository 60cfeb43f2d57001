package dev.renewal.examples.cli;

import java.io.IOException;

/**
 * Output could not be written (a full disk, a closed pipe): the run stops at once, since whatever it
 * computes next would be lost too, and exits {@link RenewalCli#EXIT_OUTPUT}.
 */
final class OutputLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputLostException(IOException cause) {
        super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    }

    /** True when the reader went away ({@code | head}), rather than the disk filling up. */
    boolean isClosedPipe() {
        String message = getMessage().toLowerCase(java.util.Locale.ROOT);
        return message.contains("broken pipe") || message.contains("stream closed");
    }
}

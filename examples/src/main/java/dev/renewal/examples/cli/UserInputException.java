package dev.renewal.examples.cli;

/** Input the tool cannot use at all (missing file, malformed JSON, bad option value): exit code 2. */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

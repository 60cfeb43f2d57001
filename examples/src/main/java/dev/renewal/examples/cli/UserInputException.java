package dev.renewal.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.regex.Pattern;

/** Input the tool cannot use at all (missing file, malformed JSON, bad option value): exit code 2. */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }

    // Jackson names an unclosed array's start as "[Source: REDACTED (`StreamReadFeature...` disabled); line: 1,
    // column: 1]": a person wants only the line and column.
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");

    /** "cannot read WHAT: the parser's message (line L, column C)", in words a person reads. */
    public static UserInputException unreadable(String what, JsonProcessingException e) {
        String message = SOURCE.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new UserInputException("cannot read " + what + ": " + message + where, e);
    }
}

package dev.renewal.reports.text;

/**
 * Text from input made inert for a terminal: line breaks and tabs become one space, and other control and
 * format characters (escape sequences, bells, bidirectional overrides, line separators) become U+FFFD, so
 * a contract id or a reason quoting a bad value can neither break a line nor drive the terminal.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with nothing a terminal would act on. */
    public static String inert(String text) {
        StringBuilder b = null;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            char shown;
            if (ch == '\r' || ch == '\n' || ch == '\t') {
                if (space) {
                    b = copyUpTo(b, text, i);
                    continue;
                }
                shown = ' ';
                space = true;
            } else {
                space = false;
                int type = Character.getType(ch);
                boolean unsafe = Character.isISOControl(ch) || type == Character.FORMAT
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
                shown = unsafe ? '\uFFFD' : ch;
            }
            if (shown != ch) {
                b = copyUpTo(b, text, i);
            }
            if (b != null) {
                b.append(shown);
            }
        }
        return b == null ? text : b.toString();
    }

    // Most text is already safe: copy only from the first character that needs replacing.
    private static StringBuilder copyUpTo(StringBuilder b, String text, int i) {
        return b != null ? b : new StringBuilder(text.length()).append(text, 0, i);
    }
}

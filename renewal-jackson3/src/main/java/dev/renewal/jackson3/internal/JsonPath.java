package dev.renewal.jackson3.internal;

import tools.jackson.core.TokenStreamContext;

/**
 * The dotted JSON path of the parser's position ({@code contracts[3].notice.amount}), built from the
 * parser's context chain. Only computed when an error is reported, so reading stays allocation-light.
 */
public final class JsonPath {

    private JsonPath() {
    }

    /**
     * The path of the current value. At a {@code START_OBJECT}/{@code START_ARRAY} token the context
     * is already the new, still empty one, which contributes nothing, so the path is that of the value.
     */
    public static String of(TokenStreamContext context) {
        StringBuilder sb = new StringBuilder();
        append(sb, context);
        return sb.toString();
    }

    /** {@code parent} and {@code field} joined with a dot, or {@code field} alone at the root. */
    public static String child(String parent, String field) {
        if (parent.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? parent + field : parent + "." + field;
    }

    private static void append(StringBuilder sb, TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(sb, context.getParent());
        if (context.inArray() && context.hasCurrentIndex()) {
            sb.append('[').append(context.getCurrentIndex()).append(']');
        } else if (context.inObject() && context.currentName() != null) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(context.currentName());
        }
    }
}

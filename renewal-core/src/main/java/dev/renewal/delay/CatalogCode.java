package dev.renewal.delay;

import dev.renewal.InvalidValueException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text rules and catalog order shared by the analyst-extendable codes ({@link RecommendedAction},
 * {@link BridgeKind}): a code is upper snake case, and bundled codes sort in catalog order before
 * any analyst code, which sorts by its text.
 */
final class CatalogCode {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final int MAX_LENGTH = 64;

    private final Map<String, Integer> rank = new HashMap<>();

    CatalogCode(List<String> bundled) {
        for (String code : bundled) {
            rank.put(code, rank.size());
        }
    }

    /** The code, checked: upper snake case such as {@code OFFER_TRAINING_DAY}, at most 64 characters. */
    static String check(String field, String code) {
        Objects.requireNonNull(code, field);
        if (code.length() > MAX_LENGTH || !FORM.matcher(code).matches()) {
            throw InvalidValueException.of(field, "must be an upper snake case code such as OFFER_TRAINING_DAY"
                    + " (at most " + MAX_LENGTH + " characters)", code);
        }
        return code;
    }

    /** Bundled codes in catalog order, then analyst codes by text. */
    int compare(String a, String b) {
        int c = Integer.compare(rank.getOrDefault(a, Integer.MAX_VALUE), rank.getOrDefault(b, Integer.MAX_VALUE));
        return c != 0 ? c : a.compareTo(b);
    }

    boolean isBundled(String code) {
        return rank.containsKey(code);
    }
}

package dev.renewal.rules;

import java.util.Optional;

/** The decision for one input of a chunk, or why there is none. */
record Outcome<T>(Optional<T> decision, String problem) {

    static <T> Outcome<T> decided(T decision) {
        return new Outcome<>(Optional.of(decision), "");
    }

    static <T> Outcome<T> failed(String problem) {
        return new Outcome<>(Optional.empty(), problem);
    }
}

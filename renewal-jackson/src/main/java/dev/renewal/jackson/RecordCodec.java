package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads one record of a streamed array, with the parser on its first token. {@code idSeen} hears
 * the record's id as soon as it is read, so a rejection can name the record even when a later
 * field is bad.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RecordCodec<T> {

    /** Reads one record; throws {@link RenewalJsonException} for a bad one. */
    T read(JsonParser parser, Consumer<String> idSeen) throws IOException;
}

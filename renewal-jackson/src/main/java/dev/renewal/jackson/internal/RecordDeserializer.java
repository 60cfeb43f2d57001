package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import java.io.IOException;

/** A deserializer of top-level records (contracts, delay reports, ...) that streaming readers drive one by one. */
public interface RecordDeserializer<T> {

    /** Reads one record at the current token, leaving its id in {@code id} as soon as it is read. */
    T read(JsonParser p, DeserializationContext ctxt, RecordId id) throws IOException;
}

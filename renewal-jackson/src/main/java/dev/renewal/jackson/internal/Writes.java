package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The one way the serializers of this module write a field holding an array of objects. */
public final class Writes {

    private Writes() {
    }

    /** {@code "field": [ ... ]}, each element by {@code serializer}, in list order. */
    public static <T> void array(JsonGenerator g, String field, List<T> values, JsonSerializer<T> serializer,
                          SerializerProvider provider) throws IOException {
        g.writeArrayFieldStart(field);
        for (T v : values) {
            serializer.serialize(v, g, provider);
        }
        g.writeEndArray();
    }

    /** {@code "field": "text"}, or {@code "field": null} when absent: report shapes keep every field. */
    public static void textOrNull(JsonGenerator g, String field, Optional<String> text) throws IOException {
        g.writeFieldName(field);
        if (text.isPresent()) {
            g.writeString(text.get());
        } else {
            g.writeNull();
        }
    }
}

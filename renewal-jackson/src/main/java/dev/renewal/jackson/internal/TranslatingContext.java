package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CacheProvider;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;

import java.io.IOException;

/**
 * Jackson's deserialization context with one change: a failed root value is handed to
 * {@link ErrorTranslator}, so {@code mapper.readValue} reports the renewal messages
 * ({@code contracts[3].notice.amount must be >= 0 but was -5 (line 12, column 43)}).
 */
public final class TranslatingContext extends DefaultDeserializationContext {

    private static final long serialVersionUID = 1L;

    /** A context over Jackson's standard bean deserializer factory. */
    public TranslatingContext(DeserializerFactory factory) {
        super(factory, null);
    }

    private TranslatingContext(TranslatingContext src, DeserializationConfig config, JsonParser p, InjectableValues values) {
        super(src, config, p, values);
    }

    private TranslatingContext(TranslatingContext src, DeserializationConfig config) {
        super(src, config);
    }

    private TranslatingContext(TranslatingContext src, DeserializerFactory factory) {
        super(src, factory);
    }

    private TranslatingContext(TranslatingContext src, CacheProvider caches) {
        super(src, caches);
    }

    private TranslatingContext(TranslatingContext src) {
        super(src);
    }

    @Override
    public Object readRootValue(JsonParser p, JavaType valueType, JsonDeserializer<Object> deser, Object valueToUpdate)
            throws IOException {
        try {
            return super.readRootValue(p, valueType, deser, valueToUpdate);
        } catch (IOException | RuntimeException e) {
            throw ErrorTranslator.translate(this, p, e);
        }
    }

    @Override
    public DefaultDeserializationContext copy() {
        return new TranslatingContext(this);
    }

    @Override
    public DefaultDeserializationContext with(DeserializerFactory factory) {
        return new TranslatingContext(this, factory);
    }

    @Override
    public DefaultDeserializationContext withCaches(CacheProvider caches) {
        return new TranslatingContext(this, caches);
    }

    @Override
    public DefaultDeserializationContext createInstance(DeserializationConfig config, JsonParser p, InjectableValues values) {
        return new TranslatingContext(this, config, p, values);
    }

    @Override
    public DefaultDeserializationContext createDummyInstance(DeserializationConfig config) {
        return new TranslatingContext(this, config);
    }
}

package dev.renewal.jackson3.internal;

import tools.jackson.core.FormatSchema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DeserializationContexts;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.deser.DeserializerCache;
import tools.jackson.databind.deser.DeserializerFactory;

/**
 * Jackson's deserialization context with one change: a failed root value is handed to
 * {@link ErrorTranslator}, so {@code mapper.readValue} reports the renewal messages.
 */
public final class TranslatingContext extends DeserializationContextExt {

    private TranslatingContext(TokenStreamFactory streams, DeserializerFactory factory, DeserializerCache cache,
                               DeserializationConfig config, FormatSchema schema, InjectableValues values) {
        super(streams, factory, cache, config, schema, values);
    }

    @Override
    public Object readRootValue(JsonParser p, JavaType valueType, ValueDeserializer<Object> deser, Object valueToUpdate) {
        try {
            return super.readRootValue(p, valueType, deser, valueToUpdate);
        } catch (RuntimeException e) {
            throw ErrorTranslator.translate(this, p, e);
        }
    }

    /** Makes {@link TranslatingContext}s for a mapper ({@code MapperBuilder.deserializationContexts}). */
    public static final class Factory extends DeserializationContexts {

        private static final long serialVersionUID = 1L;

        public Factory() {
        }

        private Factory(TokenStreamFactory streams, DeserializerFactory factory, DeserializerCache cache) {
            super(streams, factory, cache);
        }

        @Override
        protected DeserializationContexts forMapper(Object mapper, TokenStreamFactory streams, DeserializerFactory factory,
                                                    DeserializerCache cache) {
            return new Factory(streams, factory, cache);
        }

        @Override
        public DeserializationContextExt createContext(DeserializationConfig config, FormatSchema schema, InjectableValues values) {
            return new TranslatingContext(_streamFactory, _deserializerFactory, _cache, config, schema, values);
        }
    }

}

package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import dev.renewal.InvalidValueException;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Sets of the domain's enums (a delay report's signals) read as arrays whose values must not repeat:
 * Jackson would merge a repeat silently, and a repeated signal is a data error, not a duplicate to drop.
 */
public final class DistinctEnumSets extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
            BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
        Class<?> content = type.getContentType().getRawClass();
        boolean domainEnum = content.isEnum() && content.getName().startsWith("dev.renewal.");
        return domainEnum && type.getRawClass() == Set.class ? new Distinct(type) : null;
    }

    private static final class Distinct extends StdDeserializer<Set<?>> {

        private static final long serialVersionUID = 1L;

        Distinct(JavaType type) {
            super(type);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Set<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return (Set<?>) ctxt.handleUnexpectedToken(getValueType(), p);
            }
            Class<Enum> element = (Class<Enum>) getValueType().getContentType().getRawClass();
            EnumSet set = EnumSet.noneOf(element);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Enum<?> value = ctxt.readValue(p, element);
                if (!set.add(value)) {
                    throw InvalidValueException.of("", "must not repeat a value of the array", value.name());
                }
            }
            return set;
        }
    }
}

package dev.renewal.jackson3.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionType;
import dev.renewal.InvalidValueException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Sets of the domain's enums (a delay report's signals) read as arrays whose values must not repeat:
 * Jackson would merge a repeat silently, and a repeated signal is a data error, not a duplicate to drop.
 */
public final class DistinctEnumSets extends Deserializers.Base {

    @Override
    public ValueDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
            BeanDescription.Supplier beanDesc, TypeDeserializer elementTypeDeserializer, ValueDeserializer<?> elementDeserializer) {
        Class<?> content = type.getContentType().getRawClass();
        boolean domainEnum = content.isEnum() && content.getName().startsWith("dev.renewal.");
        return domainEnum && type.getRawClass() == Set.class ? new Distinct(type) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return false;
    }

    private static final class Distinct extends StdDeserializer<Set<?>> {

        private static final long serialVersionUID = 1L;

        Distinct(JavaType type) {
            super(type);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Set<?> deserialize(JsonParser p, DeserializationContext ctxt) {
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

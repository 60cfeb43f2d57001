package dev.renewal.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;

/**
 * Makes an unknown field fail where it stands. Jackson buffers the unknown fields of a record (built by
 * its constructor) and reports them after the object, so a hostile value under an unknown name would be
 * read in full first. Declaring the domain types' own fields as the only includable ones turns any other
 * into an ignored property, which {@link DeserializationFeature#FAIL_ON_IGNORED_PROPERTIES} refuses at
 * once. Only where that feature is on (as in {@code RenewalJson.mapper()}), so other mappers keep
 * Jackson's own unknown-field check.
 */
public final class FailFastUnknownFields extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription beanDesc,
                                                 BeanDeserializerBuilder builder) {
        SettableBeanProperty[] creator = builder.getValueInstantiator() == null ? null
                : builder.getValueInstantiator().getFromObjectArguments(config);
        if (!config.isEnabled(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES) || creator == null
                || !beanDesc.getBeanClass().getName().startsWith("dev.renewal.")) {
            return builder;
        }
        for (SettableBeanProperty p : creator) {
            builder.addIncludable(p.getName());
        }
        builder.getProperties().forEachRemaining(p -> builder.addIncludable(p.getName()));
        return builder;
    }
}

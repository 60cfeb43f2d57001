package dev.renewal.jackson3.internal;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.SettableBeanProperty;

/**
 * Makes an unknown field fail where it stands. Jackson buffers the unknown fields of a record (built by
 * its constructor) and reports them after the object, so a hostile value under an unknown name would be
 * read in full first. Declaring the domain types' own fields as the only includable ones turns any other
 * into an ignored property, which {@link DeserializationFeature#FAIL_ON_IGNORED_PROPERTIES} refuses at
 * once. Only where that feature is on (as in {@code RenewalJson.mapper()}), so other mappers keep
 * Jackson's own unknown-field check.
 */
public final class FailFastUnknownFields extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier beanDesc,
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

package dev.renewal.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;

import java.io.IOException;
import java.util.Optional;

/**
 * Makes {@code notice.unit} required unless {@code notice.fixedDate} is given (DOMAIN.md section 8), a
 * condition annotations cannot state: a fixed-date notice takes the unit its factory gives it.
 */
public final class NoticeInstantiator implements ValueInstantiators {

    /** The creator parameters of the notice mix-in: amount, unit, from, adjustment, fixedDate. */
    private static final int UNIT = 1;
    private static final int FIXED_DATE = 4;

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription beanDesc,
                                                   ValueInstantiator defaultInstantiator) {
        if (beanDesc.getBeanClass() != NoticePeriod.class) {
            return defaultInstantiator;
        }
        return new ValueInstantiator.Delegating(defaultInstantiator) {
            private static final long serialVersionUID = 1L;

            @Override
            public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                                               PropertyValueBuffer buffer) throws IOException {
                Object[] args = buffer.getParameters(props);
                if (args[UNIT] == null) {
                    if (!(args[FIXED_DATE] instanceof Optional<?> fixed) || fixed.isEmpty()) {
                        throw MismatchedInputException.from(ctxt.getParser(), NoticePeriod.class,
                                "Missing required creator property 'unit' (unless fixedDate is given)");
                    }
                    args[UNIT] = NoticeUnit.DAYS;
                }
                return delegate().createFromObjectWith(ctxt, args);
            }
        };
    }
}

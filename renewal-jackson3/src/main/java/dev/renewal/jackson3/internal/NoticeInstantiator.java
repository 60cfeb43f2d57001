package dev.renewal.jackson3.internal;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.exc.MismatchedInputException;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;

import java.util.Optional;

/**
 * Makes {@code notice.amount} and {@code notice.unit} required unless {@code notice.fixedDate} is given
 * (docs/conventions.md section 5), a condition annotations cannot state: a fixed-date notice takes the unit its
 * factory gives it, and a missing amount is never read as 0.
 */
public final class NoticeInstantiator implements ValueInstantiators {

    /** The creator parameters of the notice mix-in: amount, unit, from, adjustment, fixedDate. */
    private static final int AMOUNT = 0;
    private static final int UNIT = 1;
    private static final int FIXED_DATE = 4;

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc,
                                                   ValueInstantiator defaultInstantiator) {
        if (beanDesc.getBeanClass() != NoticePeriod.class) {
            return defaultInstantiator;
        }
        return new ValueInstantiator.Delegating(defaultInstantiator) {
            private static final long serialVersionUID = 1L;

            @Override
            public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                                               PropertyValueBuffer buffer) {
                Object[] args = buffer.getParameters(ctxt, props);
                boolean fixed = args[FIXED_DATE] instanceof Optional<?> date && date.isPresent();
                if (!fixed) {
                    requirePresent(ctxt, buffer.hasParameter(props[AMOUNT]), "amount");
                    requirePresent(ctxt, args[UNIT] != null, "unit");
                } else if (args[UNIT] == null) {
                    args[UNIT] = NoticeUnit.DAYS;
                }
                return delegate().createFromObjectWith(ctxt, args);
            }
        };
    }

    private static void requirePresent(DeserializationContext ctxt, boolean present, String field) {
        if (!present) {
            throw MismatchedInputException.from(ctxt.getParser(), NoticePeriod.class,
                    "Missing required creator property '" + field + "' (unless fixedDate is given)");
        }
    }
}

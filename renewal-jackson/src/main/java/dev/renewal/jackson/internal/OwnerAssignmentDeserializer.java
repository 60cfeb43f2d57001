package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.explanation.Explanation;
import dev.renewal.ownership.CureLens;
import dev.renewal.ownership.OwnerAssignment;
import dev.renewal.ownership.OwnerRole;

import java.io.IOException;
import java.util.List;

/** Reads {@code {"accountId", "owner", "lens", "reasons": [...]}}, all required; reasons never empty. */
public final class OwnerAssignmentDeserializer extends StdDeserializer<OwnerAssignment> {

    /** The stateless instance. */
    public static final OwnerAssignmentDeserializer INSTANCE = new OwnerAssignmentDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("accountId", "owner", "lens", "reasons").allRequired();

    private OwnerAssignmentDeserializer() {
        super(OwnerAssignment.class);
    }

    @Override
    public OwnerAssignment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String accountId = null;
        OwnerRole owner = null;
        CureLens lens = null;
        List<Explanation> reasons = null;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> accountId = Tokens.nonBlankText(p);
                case 1 -> owner = Tokens.constant(p, OwnerRole.class);
                case 2 -> lens = Tokens.constant(p, CureLens.class);
                default -> reasons = Tokens.elements(p, ctxt, ExplanationDeserializer.INSTANCE);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return OwnerAssignment.of(accountId, owner, lens, reasons);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}

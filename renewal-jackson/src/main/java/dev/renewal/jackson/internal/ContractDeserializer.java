package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.Contract;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;

/**
 * Reads a contract: {@code id}, {@code account}, {@code start} and one of {@code initialTerm} / {@code end}
 * are required; every other field is optional (absent or {@code null}). All rules are the core's
 * ({@link Contract.Builder#build()}), reported at the field's JSON path.
 */
public final class ContractDeserializer extends StdDeserializer<Contract> implements RecordDeserializer<Contract> {

    /** The stateless instance. */
    public static final ContractDeserializer INSTANCE = new ContractDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Fields FIELDS = Fields.of("id", "account", "start", "initialTerm", "end", "autoRenewal",
            "notice", "graceDays", "acv", "noticeGivenOn", "owner", "extensions",
            "termination", "jurisdiction", "consumer")
            .required("id", "account", "start");

    private ContractDeserializer() {
        super(Contract.class);
    }

    @Override
    public Contract deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, new RecordId());
    }

    @Override
    public Contract read(JsonParser p, DeserializationContext ctxt, RecordId recordId) throws IOException {
        recordId.clear();
        String id = null;
        String account = null;
        LocalDate start = null;
        Period initialTerm = null;
        LocalDate end = null;
        // The builder wants id, account and start up front; they may come in any order, so collect first.
        Contract.Builder b = Contract.builder(null, null, null);
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            if (Tokens.isNull(p) && f > 2) {
                continue;
            }
            switch (f) {
                case 0 -> {
                    id = Tokens.nonBlankText(p);
                    recordId.set(id);
                }
                case 1 -> account = Tokens.nonBlankText(p);
                case 2 -> start = Tokens.date(p);
                case 3 -> initialTerm = Tokens.period(p);
                case 4 -> end = Tokens.date(p);
                case 5 -> b.autoRenewal(AutoRenewalDeserializer.INSTANCE.deserialize(p, ctxt));
                case 6 -> b.notice(NoticePeriodDeserializer.INSTANCE.deserialize(p, ctxt));
                case 7 -> b.graceDays(Tokens.integer(p));
                case 8 -> b.acv(MoneyDeserializer.INSTANCE.deserialize(p, ctxt));
                case 9 -> b.noticeGivenOn(Tokens.date(p));
                case 10 -> b.owner(Tokens.nonBlankText(p));
                case 11 -> b.extensions(Tokens.elements(p, ctxt, ExtensionDeserializer.INSTANCE));
                case 12 -> b.termination(TerminationReader.read(p, ctxt));
                case 13 -> b.jurisdiction(Tokens.nonBlankText(p));
                default -> b.consumer(Tokens.bool(p));
            }
        }
        FIELDS.requirePresent(p, seen);
        if (initialTerm != null && end != null) {
            // The builder lets the later of the two win; the JSON contract says exactly one.
            throw Problems.field(p, "initialTerm", "must not be given together with end",
                    "'" + initialTerm + "' and end '" + end + "'");
        }
        if (initialTerm != null) {
            b.initialTerm(initialTerm);
        } else if (end != null) {
            b.end(end);
        }
        try {
            return b.id(id).account(account).start(start).build();
        } catch (InvalidValueException e) {
            throw Problems.within(p, e);
        }
    }
}

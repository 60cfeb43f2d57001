package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.money.Money;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a contract token by token (no tree, no reflection): the fast path for portfolios of
 * millions. Unknown fields, wrong types and broken rules fail with the path, value and location.
 */
public final class ContractDeserializer extends StdDeserializer<Contract> {

    private static final long serialVersionUID = 1L;

    private static final String FIELDS = "id, account, start, initialTerm, end, autoRenewal, notice, graceDays, acv, "
            + "noticeGivenOn, owner, extensions";

    /** The stateless singleton. */
    public static final ContractDeserializer INSTANCE = new ContractDeserializer();

    private ContractDeserializer() {
        super(Contract.class);
    }

    @Override
    public Contract deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, id -> { });
    }

    /**
     * Reads one contract; {@code idSeen} hears the id as soon as it is read, so a reader can name
     * the record in a rejection even when a later field is bad.
     */
    static Contract read(JsonParser p, Consumer<String> idSeen) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object (a contract)");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        String id = null;
        String account = null;
        LocalDate start = null;
        Period initialTerm = null;
        LocalDate end = null;
        AutoRenewal autoRenewal = null;
        NoticePeriod notice = null;
        int graceDays = 0;
        Money acv = null;
        LocalDate noticeGivenOn = null;
        String owner = null;
        List<Extension> extensions = List.of();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            boolean isNull = t == JsonToken.VALUE_NULL;
            switch (name) {
                case "id" -> {
                    id = JsonValues.text(p);
                    idSeen.accept(id);
                }
                case "account" -> account = JsonValues.text(p);
                case "start" -> start = JsonValues.date(p);
                case "initialTerm" -> initialTerm = isNull ? null : JsonValues.period(p);
                case "end" -> end = isNull ? null : JsonValues.date(p);
                case "autoRenewal" -> autoRenewal = isNull ? null : AutoRenewalDeserializer.read(p);
                case "notice" -> notice = isNull ? null : NoticePeriodDeserializer.read(p);
                case "graceDays" -> graceDays = isNull ? 0 : JsonValues.integer(p);
                case "acv" -> acv = isNull ? null : MoneyDeserializer.read(p);
                case "noticeGivenOn" -> noticeGivenOn = isNull ? null : JsonValues.date(p);
                case "owner" -> owner = isNull ? null : JsonValues.text(p);
                case "extensions" -> extensions = isNull ? List.of() : readExtensions(p);
                default -> throw JsonValues.unknownField(p, name, FIELDS);
            }
        }
        if (id == null) {
            throw JsonValues.missing(path, "id", at);
        }
        if (account == null) {
            throw JsonValues.missing(path, "account", at);
        }
        if (start == null) {
            throw JsonValues.missing(path, "start", at);
        }
        if (initialTerm == null && end == null) {
            throw JsonValues.missing(path, "initialTerm (or end)", at);
        }
        try {
            return new Contract(id, account, start, Optional.ofNullable(initialTerm), Optional.ofNullable(end),
                    Optional.ofNullable(autoRenewal), Optional.ofNullable(notice), graceDays, Optional.ofNullable(acv),
                    Optional.ofNullable(noticeGivenOn), Optional.ofNullable(owner), extensions);
        } catch (InvalidValueException e) {
            throw JsonValues.fromCore(e, path, "", at);
        }
    }

    private static List<Extension> readExtensions(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_ARRAY, "an array of extensions");
        List<Extension> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(ExtensionDeserializer.read(p));
        }
        return out;
    }
}

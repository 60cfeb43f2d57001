package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.contract.Extension;
import dev.renewal.contract.ExtensionKind;
import dev.renewal.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

/** Reads a granted extension; {@code premiumPercent} (decimal string) and {@code fee} are optional. */
public final class ExtensionDeserializer extends StdDeserializer<Extension> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final ExtensionDeserializer INSTANCE = new ExtensionDeserializer();

    private ExtensionDeserializer() {
        super(Extension.class);
    }

    @Override
    public Extension deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p);
    }

    static Extension read(JsonParser p) throws IOException {
        JsonValues.expect(p, JsonToken.START_OBJECT, "an object with kind and length");
        String path = JsonValues.path(p);
        JsonLocation at = p.currentTokenLocation();
        ExtensionKind kind = null;
        Period length = null;
        BigDecimal premium = null;
        Money fee = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "kind" -> kind = JsonValues.enumValue(p, ExtensionKind.class);
                case "length" -> length = JsonValues.period(p);
                case "premiumPercent" -> premium = JsonValues.isNull(p) ? null : JsonValues.decimalString(p);
                case "fee" -> fee = JsonValues.isNull(p) ? null : MoneyDeserializer.read(p);
                default -> throw JsonValues.unknownField(p, name, "kind, length, premiumPercent, fee");
            }
        }
        if (kind == null) {
            throw JsonValues.missing(path, "kind", at);
        }
        if (length == null) {
            throw JsonValues.missing(path, "length", at);
        }
        try {
            return new Extension(kind, length, Optional.ofNullable(premium), Optional.ofNullable(fee));
        } catch (InvalidValueException e) {
            throw JsonValues.fromCore(e, path, "", at);
        }
    }
}

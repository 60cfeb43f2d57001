package dev.renewal.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Contract;
import dev.renewal.contract.Extension;

import java.io.IOException;

/** Writes a contract in the shape of docs/json.md; absent optional fields are left out. */
public final class ContractSerializer extends StdSerializer<Contract> {

    private static final long serialVersionUID = 1L;

    /** The stateless singleton. */
    public static final ContractSerializer INSTANCE = new ContractSerializer();

    private ContractSerializer() {
        super(Contract.class);
    }

    @Override
    public void serialize(Contract value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Contract c, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", c.id());
        gen.writeStringField("account", c.account());
        gen.writeStringField("start", c.start().toString());
        if (c.initialTerm().isPresent()) {
            gen.writeStringField("initialTerm", c.initialTerm().get().toString());
        }
        if (c.end().isPresent()) {
            gen.writeStringField("end", c.end().get().toString());
        }
        if (c.autoRenewal().isPresent()) {
            gen.writeFieldName("autoRenewal");
            AutoRenewalSerializer.write(c.autoRenewal().get(), gen);
        }
        if (c.notice().isPresent()) {
            gen.writeFieldName("notice");
            NoticePeriodSerializer.write(c.notice().get(), gen);
        }
        gen.writeNumberField("graceDays", c.graceDays());
        if (c.acv().isPresent()) {
            gen.writeFieldName("acv");
            MoneySerializer.write(c.acv().get(), gen);
        }
        if (c.noticeGivenOn().isPresent()) {
            gen.writeStringField("noticeGivenOn", c.noticeGivenOn().get().toString());
        }
        if (c.owner().isPresent()) {
            gen.writeStringField("owner", c.owner().get());
        }
        if (!c.extensions().isEmpty()) {
            gen.writeArrayFieldStart("extensions");
            for (Extension e : c.extensions()) {
                ExtensionSerializer.write(e, gen);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }
}

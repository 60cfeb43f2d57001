package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.contract.Contract;

import java.io.IOException;

/** Writes a contract: absent optional fields are omitted, as are zero grace days and an empty extension list. */
public final class ContractSerializer extends StdSerializer<Contract> {

    /** The stateless instance. */
    public static final ContractSerializer INSTANCE = new ContractSerializer();

    private static final long serialVersionUID = 1L;

    private ContractSerializer() {
        super(Contract.class);
    }

    @Override
    public void serialize(Contract value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", value.id());
        g.writeStringField("account", value.account());
        g.writeStringField("start", value.start().toString());
        if (value.initialTerm().isPresent()) {
            g.writeStringField("initialTerm", value.initialTerm().get().toString());
        }
        if (value.end().isPresent()) {
            g.writeStringField("end", value.end().get().toString());
        }
        if (value.autoRenewal().isPresent()) {
            g.writeFieldName("autoRenewal");
            AutoRenewalSerializer.INSTANCE.serialize(value.autoRenewal().get(), g, provider);
        }
        if (value.notice().isPresent()) {
            g.writeFieldName("notice");
            NoticePeriodSerializer.INSTANCE.serialize(value.notice().get(), g, provider);
        }
        if (value.graceDays() != 0) {
            g.writeNumberField("graceDays", value.graceDays());
        }
        if (value.acv().isPresent()) {
            g.writeFieldName("acv");
            MoneySerializer.INSTANCE.serialize(value.acv().get(), g, provider);
        }
        if (value.noticeGivenOn().isPresent()) {
            g.writeStringField("noticeGivenOn", value.noticeGivenOn().get().toString());
        }
        if (value.owner().isPresent()) {
            g.writeStringField("owner", value.owner().get());
        }
        if (!value.extensions().isEmpty()) {
            Writes.array(g, "extensions", value.extensions(), ExtensionSerializer.INSTANCE, provider);
        }
        if (value.termination().isPresent()) {
            g.writeObjectFieldStart("termination");
            g.writeFieldName("notice");
            NoticePeriodSerializer.INSTANCE.serialize(value.termination().get().notice(), g, provider);
            if (value.termination().get().notBefore().isPresent()) {
                g.writeStringField("notBefore", value.termination().get().notBefore().get().toString());
            }
            g.writeEndObject();
        }
        if (value.jurisdiction().isPresent()) {
            g.writeStringField("jurisdiction", value.jurisdiction().get());
        }
        if (value.consumer()) {
            g.writeBooleanField("consumer", true);
        }
        g.writeEndObject();
    }
}

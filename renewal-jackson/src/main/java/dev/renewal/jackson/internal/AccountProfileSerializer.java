package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.renewal.ownership.AccountProfile;

import java.io.IOException;

/** Writes {@code {"accountId", "acv", "products", "upsellPotential", "usageBasedPricing", "stage", "stakeholders", "enterprise", "expansionPotential", "sellerRelationship"}}. */
public final class AccountProfileSerializer extends StdSerializer<AccountProfile> {

    /** The stateless instance. */
    public static final AccountProfileSerializer INSTANCE = new AccountProfileSerializer();

    private static final long serialVersionUID = 1L;

    private AccountProfileSerializer() {
        super(AccountProfile.class);
    }

    @Override
    public void serialize(AccountProfile value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("accountId", value.accountId());
        g.writeFieldName("acv");
        MoneySerializer.INSTANCE.serialize(value.acv(), g, provider);
        g.writeNumberField("products", value.productCount());
        g.writeBooleanField("upsellPotential", value.upsellPotential());
        g.writeBooleanField("usageBasedPricing", value.usageBasedPricing());
        g.writeStringField("stage", value.stage().name());
        g.writeNumberField("stakeholders", value.stakeholderCount());
        g.writeBooleanField("enterprise", value.enterprise());
        g.writeBooleanField("expansionPotential", value.multiDivisionExpansion());
        g.writeBooleanField("sellerRelationship", value.closingSellerRelationship());
        g.writeEndObject();
    }
}

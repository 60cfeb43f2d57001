package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.money.Money;
import dev.renewal.ownership.AccountProfile;
import dev.renewal.ownership.OrganizationStage;

import java.io.IOException;

/**
 * Reads an account profile; every field is required, since each one feeds a CURE lens and a missing
 * flag must not silently read as {@code false}.
 */
public final class AccountProfileDeserializer extends StdDeserializer<AccountProfile>
        implements RecordDeserializer<AccountProfile> {

    /** The stateless instance. */
    public static final AccountProfileDeserializer INSTANCE = new AccountProfileDeserializer();

    private static final long serialVersionUID = 1L;
    /** Core component names that differ from the JSON names, core first. */
    private static final String[] CORE_NAMES = {"productCount", "products", "stakeholderCount", "stakeholders"};
    private static final Fields FIELDS = Fields.of("accountId", "acv", "products", "upsellPotential",
            "usageBasedPricing", "stage", "stakeholders", "enterprise", "expansionPotential", "sellerRelationship").allRequired();

    private AccountProfileDeserializer() {
        super(AccountProfile.class);
    }

    @Override
    public AccountProfile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, new RecordId());
    }

    @Override
    public AccountProfile read(JsonParser p, DeserializationContext ctxt, RecordId recordId) throws IOException {
        recordId.clear();
        String accountId = null;
        Money acv = null;
        int products = 0;
        boolean upsell = false;
        boolean usage = false;
        OrganizationStage stage = null;
        int stakeholders = 0;
        boolean enterprise = false;
        boolean expansion = false;
        boolean seller = false;
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> {
                    accountId = Tokens.nonBlankText(p);
                    recordId.set(accountId);
                }
                case 1 -> acv = MoneyDeserializer.INSTANCE.deserialize(p, ctxt);
                case 2 -> products = Tokens.integer(p);
                case 3 -> upsell = Tokens.bool(p);
                case 4 -> usage = Tokens.bool(p);
                case 5 -> stage = Tokens.constant(p, OrganizationStage.class);
                case 6 -> stakeholders = Tokens.integer(p);
                case 7 -> enterprise = Tokens.bool(p);
                case 8 -> expansion = Tokens.bool(p);
                default -> seller = Tokens.bool(p);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return AccountProfile.of(accountId, acv, products, upsell, usage, stage, stakeholders, enterprise,
                    expansion, seller);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e, CORE_NAMES);
        }
    }
}

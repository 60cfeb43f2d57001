package dev.renewal.jackson3.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.contract.Contract;
import dev.renewal.jackson.Portfolio;

import dev.renewal.staff.StaffMember;
import dev.renewal.workflow.StagePlan;

import java.time.LocalDate;
import java.util.List;

/**
 * A portfolio is either {@code {"holidays": [...], "contracts": [...]}} or a bare array of contracts:
 * two shapes, which is why it is not bound as one record. Both are read by Jackson.
 */
public final class PortfolioDeserializer extends StdDeserializer<Portfolio> {

    private static final long serialVersionUID = 1L;

    public PortfolioDeserializer() {
        super(Portfolio.class);
    }

    @Override
    public Portfolio deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.isExpectedStartArrayToken()) {
            JavaType contracts = ctxt.getTypeFactory().constructCollectionType(List.class, Contract.class);
            return Portfolio.of(ctxt.readValue(p, contracts));
        }
        Fields fields = ctxt.readValue(p, Fields.class);
        return new Portfolio(fields.contracts(), fields.holidays(), fields.staff(), fields.plans());
    }

    /** The object form. */
    record Fields(@JsonProperty(value = "contracts", required = true) List<Contract> contracts,
                  @JsonProperty("holidays") @JsonSetter(nulls = Nulls.AS_EMPTY) List<LocalDate> holidays,
                  @JsonProperty("staff") @JsonSetter(nulls = Nulls.AS_EMPTY) List<StaffMember> staff,
                  @JsonProperty("plans") @JsonSetter(nulls = Nulls.AS_EMPTY) List<StagePlan> plans) {
        @JsonCreator
        Fields {
        }
    }
}

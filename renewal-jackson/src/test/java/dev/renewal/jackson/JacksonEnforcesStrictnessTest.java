package dev.renewal.jackson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each strictness rule is enforced by Jackson's own binding, not by code of this module: the renewal
 * message carries Jackson's exception, which names the feature that refused the input.
 */
class JacksonEnforcesStrictnessTest {

    private static final String NOTICE = "{\"amount\": %s, \"unit\": %s}";

    /** The Jackson exception the renewal message was made from. */
    private static Throwable jacksonCause(String json, Class<?> type) {
        InvalidJsonException e = assertThrows(InvalidJsonException.class, () -> Json.read(json, type));
        assertEquals(1, e.getSuppressed().length, e.getMessage());
        return e.getSuppressed()[0];
    }

    @Test
    void unknownFieldIsRefusedByFailOnIgnoredPropertiesWhereItStands() {
        Throwable cause = jacksonCause("{\"amount\": 5, \"unit\": \"DAYS\", \"colour\": {\"deep\": [1]}}", NoticePeriod.class);
        assertEquals("colour", assertInstanceOf(IgnoredPropertyException.class, cause).getPropertyName());
    }

    @Test
    void repeatedFieldIsRefusedByTheParsersStrictDuplicateDetection() {
        Throwable cause = jacksonCause("{\"amount\": 5, \"amount\": 6, \"unit\": \"DAYS\"}", NoticePeriod.class);
        assertTrue(assertInstanceOf(StreamReadException.class, cause).getOriginalMessage().startsWith("Duplicate"),
                cause.getMessage());
    }

    @Test
    void repeatedFieldInAStreamRejectsThatRecordAndReadingGoesOn() throws Exception {
        String json = "[{\"id\": \"A\", \"id\": \"B\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"},"
                + " {\"id\": \"C\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\","
                + " \"notice\": {\"amount\": 1, \"unit\": \"DAYS\", \"amount\": 2}}, "
                + " {\"id\": \"D\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"}]";
        PortfolioRead read = ContractReader.create().readAll(new java.io.StringReader(json));
        assertEquals(java.util.List.of("D"), read.portfolio().contracts().stream().map(Contract::id).toList());
        assertEquals("[0].id must appear only once but was repeated", read.rejections().get(0).reason().replaceAll(" \\(line.*", "")
                .replace("contracts", ""));
        assertTrue(read.rejections().get(1).reason().startsWith("contracts[1].notice.amount must appear only once"),
                read.rejections().get(1).reason());
    }

    @Test
    void floatForAnIntegerIsRefusedByTheCoercionConfig() {
        Throwable cause = jacksonCause(NOTICE.formatted("6.5", "\"DAYS\""), NoticePeriod.class);
        assertEquals(int.class, assertInstanceOf(MismatchedInputException.class, cause).getTargetType());
    }

    @Test
    void stringForAnIntegerIsRefusedByTheCoercionConfig() {
        Throwable cause = jacksonCause(NOTICE.formatted("\"60\"", "\"DAYS\""), NoticePeriod.class);
        assertEquals(int.class, assertInstanceOf(MismatchedInputException.class, cause).getTargetType());
    }

    @Test
    void numberForAnEnumIsRefusedByFailOnNumbersForEnums() {
        Throwable cause = jacksonCause(NOTICE.formatted("60", "1"), NoticePeriod.class);
        assertEquals(NoticeUnit.class, assertInstanceOf(MismatchedInputException.class, cause).getTargetType());
    }

    @Test
    void integerOutOfRangeIsRefusedByTheParsersCoercion() {
        Throwable cause = jacksonCause(NOTICE.formatted("99999999999", "\"DAYS\""), NoticePeriod.class);
        assertEquals(Integer.TYPE, assertInstanceOf(InputCoercionException.class, cause).getTargetType());
    }

    @Test
    void missingRequiredFieldIsRefusedByTheMixinsRequiredProperty() {
        Throwable cause = jacksonCause("{\"amount\": 60}", NoticePeriod.class);
        assertTrue(assertInstanceOf(MismatchedInputException.class, cause).getOriginalMessage()
                .startsWith("Missing required creator property 'unit'"), cause.getMessage());
    }

    /** A user's money shape, e.g. a legacy API's {@code {"value": "10.00", "code": "USD"}}. */
    abstract static class LegacyMoney {
        @JsonCreator
        LegacyMoney(@JsonProperty("value") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                    @JsonProperty("code") Currency currency) {
        }

        @JsonProperty("value")
        abstract BigDecimal amount();

        @JsonProperty("code")
        abstract Currency currency();

        @JsonIgnore
        abstract boolean isZero();
    }

    @Test
    void aUsersMixinForMoneyAppliesInsideAContract() throws Exception {
        JsonMapper mapper = RenewalJson.mapper().rebuild().addMixIn(Money.class, LegacyMoney.class).build();
        String json = "{\"id\": \"C-1\", \"account\": \"Acme\", \"start\": \"2024-03-15\", \"initialTerm\": \"P1Y\","
                + " \"acv\": {\"value\": \"10.00\", \"code\": \"USD\"}}";
        Contract c = mapper.readValue(json, Contract.class);
        assertEquals(Money.of("10.00", "USD"), c.acv().orElseThrow());
        assertTrue(mapper.writeValueAsString(c).contains("\"acv\":{\"value\":\"10.00\",\"code\":\"USD\"}"),
                mapper.writeValueAsString(c));
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> mapper.readValue(json.replace("\"10.00\"", "\"-1\""), Contract.class));
        assertEquals("acv.value", e.path(), "the core's error is named by the user's JSON name");
    }
}

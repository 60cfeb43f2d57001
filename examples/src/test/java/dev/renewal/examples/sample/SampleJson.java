package dev.renewal.examples.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.renewal.money.Money;

/** The money shape of docs/json.md, shared by the sample files that are written as JSON trees. */
final class SampleJson {

    private SampleJson() {
    }

    static void putMoney(ObjectNode node, String field, Money money) {
        ObjectNode m = node.putObject(field);
        m.put("amount", money.amount().toPlainString());
        m.put("currency", money.currencyCode());
    }
}

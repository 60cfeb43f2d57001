package dev.renewal.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.renewal.InvalidValueException;
import dev.renewal.delay.BridgeOption;
import dev.renewal.delay.DelayAssessment;
import dev.renewal.delay.DelayClass;
import dev.renewal.delay.Escalation;
import dev.renewal.delay.FoldRecommendation;
import dev.renewal.delay.RecommendedAction;
import dev.renewal.delay.ResponseMode;
import dev.renewal.delay.Severity;
import dev.renewal.explanation.Explanation;

import java.io.IOException;
import java.util.List;

/**
 * Reads a delay assessment. {@code id}, {@code delayClass}, {@code severity}, {@code response} and
 * {@code escalation} are required; lists absent are empty; {@code fold} is the reason to fold, null or
 * absent to keep going. {@code contractId} names the contract whose renewal is late.
 */
public final class DelayAssessmentDeserializer extends StdDeserializer<DelayAssessment> {

    /** The stateless instance. */
    public static final DelayAssessmentDeserializer INSTANCE = new DelayAssessmentDeserializer();

    private static final long serialVersionUID = 1L;
    /** Core component names that differ from the JSON names, core first. */
    private static final String[] CORE_NAMES = {"reportId", "id"};
    private static final Fields FIELDS = Fields.of("id", "contractId", "delayClass", "severity", "response",
            "actions", "bridges", "fold", "escalation", "firedRules")
            .required("id", "contractId", "delayClass", "severity", "response", "escalation");

    private DelayAssessmentDeserializer() {
        super(DelayAssessment.class);
    }

    @Override
    public DelayAssessment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String id = null;
        String contractId = null;
        DelayClass delayClass = null;
        Severity severity = null;
        ResponseMode response = null;
        List<RecommendedAction> actions = List.of();
        List<BridgeOption> bridges = List.of();
        FoldRecommendation fold = FoldRecommendation.keepGoing();
        Escalation escalation = null;
        List<Explanation> fired = List.of();
        long seen = 0;
        for (int f = FIELDS.first(p); f >= 0; f = FIELDS.next(p)) {
            seen = FIELDS.once(p, seen, f);
            switch (f) {
                case 0 -> id = Tokens.nonBlankText(p);
                case 1 -> contractId = Tokens.nonBlankText(p);
                case 2 -> delayClass = Tokens.constant(p, DelayClass.class);
                case 3 -> severity = Tokens.constant(p, Severity.class);
                case 4 -> response = Tokens.constant(p, ResponseMode.class);
                case 5 -> actions = actions(p);
                case 6 -> bridges = Tokens.elements(p, ctxt, BridgeOptionDeserializer.INSTANCE);
                case 7 -> fold = Tokens.isNull(p) ? FoldRecommendation.keepGoing() : fold(p);
                case 8 -> escalation = Tokens.constant(p, Escalation.class);
                default -> fired = Tokens.elements(p, ctxt, ExplanationDeserializer.INSTANCE);
            }
        }
        FIELDS.requirePresent(p, seen);
        try {
            return DelayAssessment.of(id, contractId, delayClass, severity, response, actions, bridges, fold, escalation, fired);
        } catch (InvalidValueException e) {
            throw Problems.within(p, e, CORE_NAMES);
        }
    }

    private static FoldRecommendation fold(JsonParser p) throws IOException {
        String reason = Tokens.nonBlankText(p);
        return FoldRecommendation.fold(reason);
    }

    /** Action codes: any upper snake case code, bundled or an analyst's. */
    private static List<RecommendedAction> actions(JsonParser p) throws IOException {
        List<RecommendedAction> out = new java.util.ArrayList<>();
        for (String code : Tokens.texts(p)) {
            try {
                out.add(RecommendedAction.of(code));
            } catch (InvalidValueException e) {
                throw Problems.at(p, e);
            }
        }
        return out;
    }
}

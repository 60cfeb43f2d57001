package dev.renewal.jackson;

import dev.renewal.batch.BatchResult;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.Contract;
import dev.renewal.delay.DelayReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.core.JacksonException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jackson 3 streaming readers against renewal-jackson's on the same documents: the bad-input
 * catalog's contracts and reports mixed with good ones in one array, the golden portfolios, repeated
 * fields and malformed JSON. Same records, same rejections (index, id, reason), same failures.
 */
class Jackson3ReadersTest {

    private static final String GOOD = "{\"id\": \"C-%d\", \"account\": \"x\", \"start\": \"2024-01-01\", \"initialTerm\": \"P1Y\"}";

    private static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The catalog's documents of {@code type}, each between two good records. */
    private static String catalogArray(Class<?> type, String good) {
        List<String> records = new ArrayList<>();
        int n = 0;
        for (Arguments a : BadInputCatalogTest.catalog().toList()) {
            if (a.get()[0] == type) {
                records.add(good.formatted(n++));
                records.add((String) a.get()[1]);
            }
        }
        records.add(good.formatted(n));
        return records.stream().collect(Collectors.joining(",\n", "[", "]"));
    }

    @Test
    void catalogPortfoliosAreReadAndRejectedAlike() {
        List<String> portfolios = BadInputCatalogTest.catalog().map(Arguments::get)
                .filter(a -> a[0] == Portfolio.class).map(a -> (String) a[1]).toList();
        assertTrue(portfolios.size() >= 30, "catalog portfolios: " + portfolios.size());
        long rejected = 0;
        for (String json : portfolios) {
            Object two = outcome(() -> ContractReader.create().readAll(utf8(json)));
            Object three = outcome(() -> dev.renewal.jackson3.ContractReader.create().readAll(utf8(json)));
            assertEquals(two, three, json);
            rejected += two instanceof List<?> read ? ((List<?>) read.get(1)).size() : 0;
        }
        assertTrue(rejected >= 30, "bad records rejected, not thrown: " + rejected);
    }

    /** What a read gave: the records and rejections, or the message of the exception that ended it. */
    private static Object outcome(java.util.concurrent.Callable<PortfolioRead> read) {
        try {
            PortfolioRead r = read.call();
            // Jackson 2 and 3 list the known fields in different orders; the rest of a reason is the same.
            return List.of(r.portfolio(), r.rejections().stream()
                    .map(j -> j.index() + " " + j.id() + " " + j.reason().replaceAll(" \\(known: [^)]*\\)", "")).toList());
        } catch (Exception e) {
            return "ended: " + e.getMessage();
        }
    }

    @Test
    void catalogDelayReportsAreRejectedAlikeAndGoodOnesKept() throws IOException {
        String good = Json.resource("golden/delay-report-service-ends.json").replace("\"D-2\"", "\"D-%d\"");
        String records = catalogArray(DelayReport.class, good);
        String json = records.substring(0, records.length() - 1) + ", {\"id\": \"D-x\", \"id\": \"D-y\"}]";
        BatchResult<DelayReport> two = RecordReader.delayReports().readAll(utf8(json));
        BatchResult<DelayReport> three = dev.renewal.jackson3.RecordReader.delayReports().readAll(utf8(json));
        assertEquals(two.results(), three.results());
        assertEquals(two.rejections(), three.rejections());
        Rejection repeated = three.rejections().get(three.rejections().size() - 1);
        assertTrue(repeated.reason().contains("must appear only once"), repeated.reason());
    }

    @Test
    void goldenPortfoliosReadAlikeWithTheirHolidays() throws IOException {
        for (String file : List.of("golden/portfolio.json", "golden/portfolio-array.json")) {
            String json = Json.resource(file);
            assertEquals(ContractReader.create().readAll(new StringReader(json)),
                    dev.renewal.jackson3.ContractReader.create().readAll(new StringReader(json)), file);
        }
    }

    @Test
    void aBadRecordInAPlainArrayIsNamedAsInThePortfolioObject() {
        String json = "[" + GOOD.formatted(0) + ", " + GOOD.formatted(1).replace("\"P1Y\"", "\"P0D\"") + "]";
        PortfolioRead read = dev.renewal.jackson3.ContractReader.create().readAll(utf8(json));
        assertEquals(1, read.portfolio().contracts().size());
        assertEquals(1L, read.rejections().get(0).index());
        assertTrue(read.rejections().get(0).reason().startsWith("contracts[1].initialTerm "), read.rejections().get(0).reason());
    }

    @Test
    void malformedJsonEndsTheReadAfterTheRecordsBeforeIt() {
        String json = "[" + GOOD.formatted(0) + ", {\"id\": ]";
        List<Contract> seen = new ArrayList<>();
        assertThrows(JacksonException.class, () -> dev.renewal.jackson3.ContractReader.create()
                .read(utf8(json), dev.renewal.batch.BatchSink.of((c, i) -> seen.add(c), r -> { })));
        assertEquals(1, seen.size());
    }
}

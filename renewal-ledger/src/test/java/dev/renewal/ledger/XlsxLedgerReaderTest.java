package dev.renewal.ledger;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.batch.BatchSink;
import dev.renewal.money.Money;
import dev.renewal.batch.Rejection;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxLedgerReaderTest {

    private final List<Contract> contracts = new ArrayList<>();
    private final List<Long> indices = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private void read(byte[] xlsx) throws IOException {
        XlsxLedgerReader.create().read(new ByteArrayInputStream(xlsx), new BatchSink<>() {
            @Override
            public void accept(long index, Contract record) {
                indices.add(index);
                contracts.add(record);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
    }

    private static byte[] workbook(Consumer<Worksheet> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Ledger");
        rows.accept(ws);
        ws.finish();
        wb.finish();
        return out.toByteArray();
    }

    /** A date as Excel stores one typed into a cell: a day number shown through a date format. */
    private static void date(Worksheet ws, int row, int column, LocalDate date) {
        ws.value(row, column, date);
        ws.style(row, column).format("yyyy-mm-dd").set();
    }

    private static void header(Worksheet ws, String... columns) {
        for (int i = 0; i < columns.length; i++) {
            ws.value(0, i, columns[i]);
        }
    }

    @Test
    void dateAndNumberCellsReadAsTheIsoDatesAndPlainNumbersAPersonSees() throws IOException {
        read(workbook(ws -> {
            header(ws, "id", "account", "start", "initialTerm", "renewalTerm", "noticeAmount", "noticeUnit",
                    "acvAmount", "acvCurrency");
            ws.value(1, 0, "C-1");
            ws.value(1, 1, "Acme");
            date(ws, 1, 2, LocalDate.of(2025, 1, 31));
            ws.value(1, 3, "P1Y");
            ws.value(1, 4, "P1Y");
            ws.value(1, 5, 60);
            ws.value(1, 6, "DAYS");
            ws.value(1, 7, 12000.5);
            ws.value(1, 8, "USD");
        }));
        assertEquals(List.of(), rejections);
        assertEquals(List.of(Contract.builder("C-1", "Acme", LocalDate.of(2025, 1, 31)).initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1))).notice(NoticePeriod.ofDays(60))
                .acv(Money.of("12000.50", "USD")).build()), contracts);
    }

    @Test
    void aBadRowIsRejectedWithTheRowNumberExcelShowsAndTheRestAreRead() throws IOException {
        read(workbook(ws -> {
            header(ws, "id", "account", "start", "initialTerm", "noticeAmount", "noticeUnit");
            ws.value(1, 0, "L-1");
            ws.value(1, 1, "Good Co");
            date(ws, 1, 2, LocalDate.of(2025, 1, 1));
            ws.value(1, 3, "P1Y");
            ws.value(2, 0, "L-2");
            ws.value(2, 1, "Bad Co");
            date(ws, 2, 2, LocalDate.of(2025, 1, 1));
            ws.value(2, 3, "P1Y");
            ws.value(2, 4, "sixty");
            ws.value(2, 5, "DAYS");
            // Row 4 left empty, as people do between blocks.
            ws.value(4, 0, "L-3");
            ws.value(4, 1, "Later Co");
            ws.value(4, 2, "2025-02-01");
            ws.value(4, 3, "P6M");
        }));
        assertEquals(List.of("L-1", "L-3"), contracts.stream().map(Contract::id).toList());
        assertEquals(List.of(0L, 2L), indices);
        assertEquals(1, rejections.size());
        Rejection bad = rejections.get(0);
        assertEquals(1, bad.index());
        assertEquals(Optional.of("L-2"), bad.id());
        assertTrue(bad.reason().startsWith("row 3: noticeAmount must be an integer but was 'sixty'"), bad.reason());
    }

    @Test
    void aHeaderWithAnUnknownColumnFailsTheWholeWorkbook() throws IOException {
        byte[] xlsx = workbook(ws -> header(ws, "id", "account", "start", "colour"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> read(xlsx));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsAnIoErrorNotACrash() {
        byte[] csv = "id,account,start\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> read(csv));
    }
}

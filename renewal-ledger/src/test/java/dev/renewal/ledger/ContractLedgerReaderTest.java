package dev.renewal.ledger;

import dev.renewal.InvalidValueException;
import dev.renewal.batch.Rejection;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.json.PortfolioRead;
import dev.renewal.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractLedgerReaderTest {

    private static final String HEADER = "id,account,start,end,initialTerm,renewalTerm,maxRenewals,noticeAmount,"
            + "noticeUnit,graceDays,acvAmount,acvCurrency,noticeGivenOn,owner\n";

    private static PortfolioRead read(String csv) throws IOException {
        return ContractLedgerReader.create().readAll(new StringReader(csv));
    }

    @Test
    void ledgerRowsReadIntoTheSameContractsAsTheirJson() throws IOException {
        PortfolioRead read;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/ledger/contracts.csv")), StandardCharsets.UTF_8)) {
            read = ContractLedgerReader.create().readAll(in);
        }
        assertEquals(List.of(), read.rejections());
        List<Contract> c = read.portfolio().contracts();
        assertEquals(Contract.builder("C-1", "Acme", LocalDate.of(2024, 3, 15)).initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1), 3))
                .notice(NoticePeriod.of(60, NoticeUnit.DAYS, NoticeAnchor.TERM_END, BusinessDayAdjustment.PRECEDING))
                .graceDays(15).acv(Money.of("12000.00", "USD")).noticeGivenOn(LocalDate.of(2025, 1, 2)).owner("maria")
                .build(), c.get(0));
        assertEquals(Contract.builder("C-2", "Globex, Inc.", LocalDate.of(2018, 1, 1)).end(LocalDate.of(2018, 12, 31))
                .autoRenewal(Period.ofYears(1))
                .notice(NoticePeriod.of(10, NoticeUnit.BUSINESS_DAYS, NoticeAnchor.RENEWAL_START, BusinessDayAdjustment.NONE))
                .acv(Money.of("1500000", "JPY")).build(), c.get(1));
        assertEquals(Contract.builder("C-3", "Umbrella", LocalDate.of(2023, 7, 1)).initialTerm(Period.ofYears(2)).build(),
                c.get(2));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "C-9,Acme,2025-02-30,,P1Y,,,,,,,,,            | start | '2025-02-30'",
            "C-9,Acme,2024-01-01,,1 year,,,,,,,,,         | initialTerm | '1 year'",
            "C-9,Acme,2024-01-01,,,,,,,,,,,               | initialTerm | neither",
            "C-9,Acme,2024-01-01,2024-12-31,P1Y,,,,,,,,,  | initialTerm | 'P1Y'",
            "C-9,Acme,2024-01-01,2023-12-31,,,,,,,,,,     | end | 2023-12-31",
            "C-9,Acme,2024-01-01,,P1Y,P0D,,,,,,,,         | renewalTerm | P0D",
            "C-9,Acme,2024-01-01,,P1Y,P1Y,-2,,,,,,,       | maxRenewals | -2",
            "C-9,Acme,2024-01-01,,P1Y,,3,,,,,,,           | maxRenewals | '3'",
            "C-9,Acme,2024-01-01,,P1Y,,,sixty,DAYS,,,,,   | noticeAmount | 'sixty'",
            "C-9,Acme,2024-01-01,,P1Y,,,-5,DAYS,,,,,      | noticeAmount | -5",
            "C-9,Acme,2024-01-01,,P1Y,,,60,,,,,,          | noticeUnit | null",
            "C-9,Acme,2024-01-01,,P1Y,,,60,Days,,,,,      | noticeUnit | 'Days'",
            "C-9,Acme,2024-01-01,,P1Y,,,,,-1,,,,          | graceDays | -1",
            "C-9,Acme,2024-01-01,,P1Y,,,,,,-100,USD,,     | acvAmount | -100",
            "C-9,Acme,2024-01-01,,P1Y,,,,,,12.345,USD,,   | acvAmount | 12.345",
            "C-9,Acme,2024-01-01,,P1Y,,,,,,1e6,USD,,      | acvAmount | '1e6'",
            "C-9,Acme,2024-01-01,,P1Y,,,,,,100,XXY,,      | acvCurrency | 'XXY'",
            "C-9,Acme,2024-01-01,,P1Y,,,,,,,USD,,         | acvCurrency | 'USD'",
            "C-9,Acme,2024-01-01,,P1Y,,,,,,,,31/12/2024,  | noticeGivenOn | '31/12/2024'",
            "C-9,,2024-01-01,,P1Y,,,,,,,,,                | account | ''",
    })
    void badRowIsRejectedNamingRowColumnAndValueWhileOtherRowsAreRead(String row, String column, String value)
            throws IOException {
        String good = "C-1,Acme,2024-01-01,,P1Y,,,,,,,,,\n";
        PortfolioRead read = read(HEADER + good + row.strip() + "\n" + good.replace("C-1", "C-2"));
        assertEquals(3, read.records());
        assertEquals(2, read.portfolio().contracts().size());
        Rejection r = read.rejections().get(0);
        assertEquals(1, r.index());
        String reason = r.reason();
        assertTrue(reason.startsWith("row 3: " + column + " "), reason);
        assertTrue(reason.contains(" but was " + value) || reason.contains(" but was '" + value + "'"), reason);
    }

    @Test
    void rowWithMoreCellsThanTheHeaderIsRejectedAndReadingGoesOn() throws IOException {
        PortfolioRead read = read(HEADER + "C-1,Acme,2024-01-01,,P1Y,,,,,,,,,,extra\nC-2,Acme,2024-01-01,,P1Y\n");
        assertEquals(List.of(new Rejection(0, Optional.of("C-1"), "row 2: has 15 cells but the header has 14 columns")),
                read.rejections());
        assertEquals("C-2", read.portfolio().contracts().get(0).id(), "missing trailing cells are empty");
    }

    @Test
    void headerWithAnUnknownOrMissingColumnFailsTheLedger() {
        InvalidValueException unknown = assertThrows(InvalidValueException.class,
                () -> read("id,account,start,colour\nC-1,Acme,2024-01-01,red\n"));
        assertEquals("header", unknown.field());
        assertTrue(unknown.getMessage().endsWith("but was 'colour'"), unknown.getMessage());
        InvalidValueException missing = assertThrows(InvalidValueException.class, () -> read("id,account\nC-1,Acme\n"));
        assertTrue(missing.getMessage().contains("must have the column start"), missing.getMessage());
        assertThrows(InvalidValueException.class, () -> read(""));
    }

    @Test
    void onlyTheColumnsInTheHeaderAreNeeded() throws IOException {
        PortfolioRead read = read("start,id,account,end\n2024-01-01,C-1,Acme,2024-06-30\n");
        assertEquals(LocalDate.of(2024, 6, 30), read.portfolio().contracts().get(0).end().orElseThrow());
    }

    @Test
    void excelsCsvUtf8ExportWithAByteOrderMarkIsRead() throws IOException {
        PortfolioRead read = read("\uFEFFid,account,start,initialTerm\nX-1,Acme,2025-01-01,P1Y\n");
        assertEquals(List.of(), read.rejections());
        assertEquals("X-1", read.portfolio().contracts().get(0).id());
    }

    @Test
    void aSemicolonSeparatedLedgerAsEuropeanExcelWritesItIsRead() throws IOException {
        PortfolioRead read = read("\uFEFFid;account;start;initialTerm;acvAmount;acvCurrency\r\n"
                + "X-1;\"M\u00fcller; Schmidt GmbH\";2025-01-01;P1Y;1200.50;EUR\r\n");
        assertEquals(List.of(), read.rejections());
        Contract c = read.portfolio().contracts().get(0);
        assertEquals("M\u00fcller; Schmidt GmbH", c.account());
        assertEquals(Optional.of(Money.of("1200.50", "EUR")), c.acv());
    }

    @Test
    void aCommaLedgerStaysCommaSeparatedWhenItsCellsHoldSemicolons() throws IOException {
        PortfolioRead read = read("id,account,start,initialTerm\nX-1,\"Acme; Partners; Co\",2025-01-01,P1Y\n");
        assertEquals("Acme; Partners; Co", read.portfolio().contracts().get(0).account());
    }
}

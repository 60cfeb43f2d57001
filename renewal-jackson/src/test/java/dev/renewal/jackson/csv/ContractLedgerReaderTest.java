package dev.renewal.jackson.csv;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.AutoRenewal;
import dev.renewal.contract.BusinessDayAdjustment;
import dev.renewal.contract.Contract;
import dev.renewal.contract.NoticeAnchor;
import dev.renewal.contract.NoticePeriod;
import dev.renewal.contract.NoticeUnit;
import dev.renewal.jackson.RecordSink;
import dev.renewal.money.Money;
import dev.renewal.schedule.Rejection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContractLedgerReaderTest {

    private final List<Contract> contracts = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final RecordSink<Contract> sink = new RecordSink<>() {
        @Override
        public void accept(long index, Contract record) {
            contracts.add(record);
        }

        @Override
        public void reject(Rejection rejection) {
            rejections.add(rejection);
        }
    };

    private void read(String csv) throws IOException {
        ContractLedgerReader.read(new StringReader(csv), sink);
    }

    @Test
    void aLedgerRowReadsIntoTheSameContractAsJson() throws IOException {
        read("""
                id,account,start,initialTerm,renewalTerm,maxRenewals,noticeAmount,noticeUnit,noticeFrom,noticeAdjustment,graceDays,acvAmount,acvCurrency,noticeGivenOn,owner
                C-1,Acme,2024-03-15,P1Y,P1Y,3,60,DAYS,TERM_END,PRECEDING,15,12000.00,USD,2025-01-02,maria
                C-2,"Beta, Inc.",2016-02-17,P3Y,P1M,,30,BUSINESS_DAYS,,,,,,,
                """);
        assertEquals(List.of(), rejections, rejections.toString());
        Contract expected = Contract.builder("C-1", "Acme", LocalDate.of(2024, 3, 15)).initialTerm(Period.ofYears(1))
                .autoRenewal(AutoRenewal.of(Period.ofYears(1), 3))
                .notice(NoticePeriod.of(60, NoticeUnit.DAYS, NoticeAnchor.TERM_END, BusinessDayAdjustment.PRECEDING))
                .graceDays(15).acv(Money.of("12000.00", "USD")).noticeGivenOn(LocalDate.of(2025, 1, 2)).owner("maria").build();
        assertEquals(expected, contracts.get(0));
        assertEquals("Beta, Inc.", contracts.get(1).account());
        assertEquals(NoticePeriod.of(30, NoticeUnit.BUSINESS_DAYS), contracts.get(1).notice().orElseThrow());
    }

    @Test
    void anExplicitEndColumnStandsInsteadOfTheInitialTerm() throws IOException {
        read("id,account,start,end,renewalTerm\nE-1,Emerald,2016-09-01,2018-12-31,P2Y\n");
        assertEquals(LocalDate.of(2018, 12, 31), contracts.get(0).end().orElseThrow());
        assertEquals(LocalDate.of(2020, 12, 31), contracts.get(0).terms().endOf(1));
    }

    @Test
    void badRowsAreRejectedWithTheirRowNumberWhileGoodRowsAreRead() throws IOException {
        read("""
                id,account,start,initialTerm,noticeAmount,noticeUnit,graceDays,acvAmount,acvCurrency
                A,Acme,2025-01-01,P1Y,,,,,
                B,Beta,2025-01-01,P1Y,-5,DAYS,,,
                C,Gamma,2025-02-30,P1Y,,,,,
                D,Delta,2025-01-01,P1Y,,,-1,,
                E,Epsilon,2025-01-01,P1Y,,,,12.5,XYZ
                F,Phi,2025-01-01,P1Y,,,,,
                """);
        assertEquals(List.of("A", "F"), contracts.stream().map(Contract::id).toList());
        assertEquals(List.of(
                        "row 2 (line 3): noticeAmount must be >= 0 but was -5",
                        "row 3 (line 4): start must be an ISO-8601 date such as 2025-01-31 but was '2025-02-30'",
                        "row 4 (line 5): graceDays must be >= 0 but was -1",
                        "row 5 (line 6): acvCurrency must be a known ISO-4217 code but was 'XYZ'"),
                rejections.stream().map(Rejection::reason).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), rejections.stream().map(Rejection::index).toList());
        assertEquals("B", rejections.get(0).contractId().orElseThrow());
    }

    @Test
    void anUnknownColumnFailsTheWholeFileBeforeAnyRowIsRead() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> read("id,account,start,initialTerm,notcieAmount\nA,Acme,2025-01-01,P1Y,30\n"));
        assertEquals("header must name only known columns " + ContractLedgerReader.COLUMNS + " but was 'notcieAmount'",
                e.getMessage());
        assertEquals(List.of(), contracts);
    }
}

package dev.renewal.ledger;

import dev.renewal.InvalidValueException;
import dev.renewal.contract.Contract;
import dev.renewal.batch.BatchSink;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a contract ledger kept in Excel ({@code .xlsx}, the first sheet) with the same columns, validation
 * and rejections as {@link ContractLedgerReader}; a rejection names the row number Excel shows. Cells are
 * read as a person sees them: a date cell is its ISO date, a number is its plain value ({@code 60}, not
 * {@code 60.0}), text is trimmed, an empty cell is an absent value. Rows stream one at a time (fastexcel-reader,
 * an optional dependency of this module). Immutable and thread-safe.
 */
public final class XlsxLedgerReader {

    /** Excel's built-in date and time formats (ECMA-376 part 1, 18.8.30); other formats are read from their text. */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    private XlsxLedgerReader() {
    }

    /** The reader. */
    public static XlsxLedgerReader create() {
        return new XlsxLedgerReader();
    }

    /**
     * Streams every row of the workbook's first sheet to {@code sink}: each good contract with its zero-based
     * index among the data rows, each bad row as a rejection naming its row number.
     *
     * @throws InvalidValueException if the header row is missing, names an unknown or repeated column, or
     *                               lacks a required one
     * @throws IOException           on I/O errors and files that are not .xlsx workbooks
     */
    public void read(InputStream in, BatchSink<Contract> sink) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
             Stream<Row> rows = firstSheet(workbook).openStream()) {
            Iterator<Row> it = rows.filter(r -> !isBlank(r)).iterator();
            if (!it.hasNext()) {
                throw InvalidValueException.of("header", "must name the columns (at least id, account, start)", "");
            }
            String[] header = texts(it.next());
            ContractLedgerReader.readRows(header,
                    () -> {
                        if (!it.hasNext()) {
                            return null;
                        }
                        Row row = it.next();
                        return new ContractLedgerReader.LedgerLine(texts(row), row.getRowNum());
                    }, sink);
        } catch (ExcelReaderException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static Sheet firstSheet(ReadableWorkbook workbook) throws IOException {
        return workbook.getSheets().findFirst().orElseThrow(() -> new IOException("the workbook has no sheet"));
    }

    private static boolean isBlank(Row row) {
        for (String text : texts(row)) {
            if (text != null && !text.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The row's cells as text, by column position (a gap in the row is an absent value). */
    private static String[] texts(Row row) {
        String[] cells = new String[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = text(row.getCell(i));
        }
        // Trailing empty cells (formatting Excel keeps past the data) are not cells of the row.
        int length = cells.length;
        while (length > 0 && (cells[length - 1] == null || cells[length - 1].isEmpty())) {
            length--;
        }
        return length == cells.length ? cells : Arrays.copyOf(cells, length);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> number(cell);
            case BOOLEAN -> cell.asBoolean().toString();
            case FORMULA -> cell.getRawValue() != null && isNumber(cell.getRawValue()) ? number(cell) : raw(cell);
            default -> raw(cell);
        };
    }

    private static String number(Cell cell) {
        if (isDate(cell)) {
            return cell.asDate().toLocalDate().toString();
        }
        return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
    }

    private static String raw(Cell cell) {
        String text = cell.getText();
        return text == null ? null : text.strip();
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A number shown as a date: a built-in date format, or a custom one with day or year fields. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Quoted literals and [colour]/[locale] sections are not date fields.
        String fields = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return fields.indexOf('y') >= 0 || fields.indexOf('d') >= 0;
    }
}

package dev.renewal.examples.holidays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.renewal.jackson.RenewalJson;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of holidays as people keep them: a JSON array of ISO dates ({@code ["2026-12-25"]}) or text with
 * one ISO date a line, where blank lines and {@code #} comments are ignored.
 */
public final class HolidayFile {

    private HolidayFile() {
    }

    /**
     * Parses the text of a holiday file.
     *
     * @throws IllegalArgumentException naming the line or element and the bad value
     */
    public static List<LocalDate> parse(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("[") ? parseJson(trimmed) : parseLines(text);
    }

    private static List<LocalDate> parseJson(String json) {
        JsonNode array;
        try {
            array = RenewalJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array of dates: " + e.getOriginalMessage(), e);
        }
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual()) {
                throw new IllegalArgumentException("[" + i + "] must be an ISO date such as \"2026-12-25\" but was " + element);
            }
            out.add(date(element.asText(), "[" + i + "]"));
        }
        return out;
    }

    private static List<LocalDate> parseLines(String text) {
        List<LocalDate> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = lines[i].indexOf('#');
            String line = (hash >= 0 ? lines[i].substring(0, hash) : lines[i]).strip();
            if (!line.isEmpty()) {
                out.add(date(line, "line " + (i + 1)));
            }
        }
        return out;
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + " must be an ISO date such as 2026-12-25 but was '" + text + "'", e);
        }
    }
}

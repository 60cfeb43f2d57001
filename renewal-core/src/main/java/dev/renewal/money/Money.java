package dev.renewal.money;

import dev.renewal.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A non-negative amount of money in one ISO-4217 currency, such as an annual
 * contract value or an extension fee.
 *
 * <p>The amount is a {@link BigDecimal} (never binary floating point), held at the
 * currency's number of decimal places: {@code Money.of("12000", "USD")} equals
 * {@code Money.of("12000.00", "USD")}. Amounts with more decimal places than the
 * currency allows are rejected rather than silently rounded.
 *
 * <p>The canonical text form is {@code USD 12000.00}; {@link #parse(CharSequence)}
 * reads it back. Instances are immutable and thread-safe.
 *
 * @param amount   the amount, {@code >= 0}, at the currency's scale
 * @param currency the ISO-4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** Validates; prefer the {@code of} factories. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = normalize(amount, currency);
    }

    /**
     * Obtains money from an amount and a currency.
     *
     * @throws InvalidValueException if the amount is negative or has more decimal places
     *                               than the currency allows
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * Obtains money from a decimal text and an ISO-4217 code, e.g. {@code of("12000.00", "USD")}.
     *
     * @throws InvalidValueException if the amount is not a plain decimal number, is negative,
     *                               or the currency is not an ISO-4217 code
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    /** Zero in the given currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the canonical form {@code CCY amount}, e.g. {@code USD 12000.00}.
     *
     * @throws InvalidValueException if the text is not in that form or breaks a rule of {@link #of}
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int space = s.indexOf(' ');
        if (space != 3 || s.indexOf(' ', space + 1) >= 0) {
            throw InvalidValueException.of("money", "must be 'CCY amount' such as 'USD 12000.00'", s);
        }
        return of(s.substring(space + 1), s.substring(0, space));
    }

    /**
     * Returns the ISO-4217 currency for a code.
     *
     * @throws InvalidValueException if the code is not a known ISO-4217 code
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency");
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw InvalidValueException.of("currency", "must be a three-letter upper-case ISO-4217 code", code);
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw InvalidValueException.of("currency", "must be a known ISO-4217 code", code, e);
        }
    }

    /** The ISO-4217 code of the currency, e.g. {@code USD}. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** True when the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Adds money in the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Multiplies by a non-negative factor, rounding half-even to the currency's scale.
     *
     * @throws InvalidValueException if the factor is negative
     */
    public Money multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() < 0) {
            throw InvalidValueException.of("factor", "must be >= 0", factor);
        }
        BigDecimal product = amount.multiply(factor);
        int digits = currency.getDefaultFractionDigits();
        return new Money(digits < 0 ? product : product.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    /**
     * Compares amounts of the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** True when this amount is greater than the other, in the same currency. */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** True when this amount is less than the other, in the same currency. */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** The canonical form, e.g. {@code USD 12000.00}, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Currencies differ: " + currency.getCurrencyCode() + "/" + other.currency.getCurrencyCode());
        }
    }

    private static BigDecimal parseAmount(String text) {
        String s = text.trim();
        // Plain decimals only: exponents ("1e9999999") would let a short text allocate a huge number.
        if (s.isEmpty() || s.length() > 40 || !PLAIN_DECIMAL.matcher(s).matches()) {
            throw InvalidValueException.of("amount", "must be a plain decimal number such as 12000.00", text);
        }
        return new BigDecimal(s);
    }

    private static BigDecimal normalize(BigDecimal amount, Currency currency) {
        if (amount.signum() < 0) {
            throw InvalidValueException.of("amount", "must be >= 0", amount);
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            return amount;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw InvalidValueException.of("amount",
                    "must have at most " + digits + " decimal places in " + currency.getCurrencyCode(),
                    amount);
        }
        return stripped.setScale(digits);
    }
}

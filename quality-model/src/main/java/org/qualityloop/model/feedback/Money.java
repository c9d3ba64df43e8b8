package org.qualityloop.model.feedback;

import java.math.BigDecimal;
import java.util.Currency;
import org.qualityloop.model.internal.Checks;

/**
 * An amount of money in one currency, exact: a {@link BigDecimal}, never a {@code double}.
 *
 * <p>The amount may not have more decimal places than the currency's minor unit ({@link
 * Currency#getDefaultFractionDigits()}: 2 for CNY, 0 for JPY) and is stored at exactly that scale,
 * so {@code Money.of("12.5", "CNY")} equals {@code Money.of("12.50", "CNY")}. For a currency without
 * a minor unit (such as XXX) the amount is kept as given, with trailing zeros stripped. The amount
 * may be negative (a refund reversed); types that need a non-negative amount check it themselves.
 * At most 30 digits before and after the decimal point are accepted.
 * In JSON: {@code {"amount":"12.50","currency":"CNY"}}. Immutable and thread-safe.
 *
 * @param amount the amount, not null
 * @param currency the currency, not null
 */
public record Money(BigDecimal amount, Currency currency) {

    /**
     * Validates the amount's scale and normalises it to the currency's minor unit.
     *
     * @param amount the amount, not null
     * @param currency the currency, not null
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the amount has more decimal places than the currency allows
     */
    public Money {
        Checks.boundedDecimal(amount, "amount");
        Checks.notNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        BigDecimal stripped = amount.stripTrailingZeros();
        if (digits < 0) {
            amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        } else {
            if (stripped.scale() > digits) {
                throw new IllegalArgumentException("amount must have at most " + digits + " decimal places for "
                        + currency.getCurrencyCode() + ", but was " + Checks.shown(amount));
            }
            amount = amount.setScale(digits);
        }
    }

    /**
     * Returns an amount of money.
     *
     * @param amount the amount, not null
     * @param currency the currency, not null
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * Returns an amount of money from its decimal text and ISO 4217 currency code, the JSON form.
     *
     * @param amount the amount as a plain decimal, for example {@code "12.50"}, not null
     * @param currency the ISO 4217 code, for example {@code "CNY"}, not null
     * @return the money
     * @throws IllegalArgumentException naming the field when the amount is not a decimal number or
     *     the code is not an ISO 4217 currency
     */
    public static Money of(String amount, String currency) {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number, but was '" + Checks.shown(amount) + "'",
                    e);
        }
        Currency unit;
        try {
            unit = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, but was '" + Checks.shown(currency)
                    + "'", e);
        }
        return new Money(value, unit);
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return true for a negative amount
     */
    public boolean negative() {
        return amount.signum() < 0;
    }

    /** Returns the amount and the currency code, for example {@code 12.50 CNY}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

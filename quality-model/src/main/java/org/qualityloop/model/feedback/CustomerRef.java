package org.qualityloop.model.feedback;

import java.util.Optional;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.internal.Checks;

/**
 * A reference to the customer who gave feedback: the pseudonymous {@link CustomerId} plus optional
 * personal data (name, phone, e-mail) needed to contact the customer again.
 *
 * <p>Personal data never appears in {@link #toString()} nor in any exception message of this type.
 * {@link #masked()} returns a copy safe to export or log: every personal field is masked, keeping
 * only enough to recognise it (see there). Immutable and thread-safe.
 *
 * @param id the customer's pseudonymous identifier, not null
 * @param name the customer's name, if known; not blank when present
 * @param phone the customer's phone number, if known; not blank when present
 * @param email the customer's e-mail address, if known; not blank when present
 */
public record CustomerRef(CustomerId id, Optional<String> name, Optional<String> phone, Optional<String> email) {

    /**
     * Validates the reference.
     *
     * @param id the customer's pseudonymous identifier, not null
     * @param name the customer's name, if known; not blank when present
     * @param phone the customer's phone number, if known; not blank when present
     * @param email the customer's e-mail address, if known; not blank when present
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException naming the field (never echoing its value) when a present
     *     value is blank
     */
    public CustomerRef {
        Checks.notNull(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(phone, "phone");
        Checks.notNull(email, "email");
        name.ifPresent(v -> Checks.notBlank(v, "name"));
        phone.ifPresent(v -> Checks.notBlank(v, "phone"));
        email.ifPresent(v -> Checks.notBlank(v, "email"));
    }

    /**
     * Returns a reference with no personal data.
     *
     * @param id the customer's identifier, not null
     * @return the reference
     */
    public static CustomerRef of(CustomerId id) {
        return new CustomerRef(id, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a reference with no personal data.
     *
     * @param id the customer's identifier text, not blank
     * @return the reference
     */
    public static CustomerRef of(String id) {
        return of(CustomerId.of(id));
    }

    /**
     * Returns a copy with the given name.
     *
     * @param newName the name, not blank
     * @return the copy
     */
    public CustomerRef withName(String newName) {
        return new CustomerRef(id, Optional.of(Checks.notBlank(newName, "name")), phone, email);
    }

    /**
     * Returns a copy with the given phone number.
     *
     * @param newPhone the phone number, not blank
     * @return the copy
     */
    public CustomerRef withPhone(String newPhone) {
        return new CustomerRef(id, name, Optional.of(Checks.notBlank(newPhone, "phone")), email);
    }

    /**
     * Returns a copy with the given e-mail address.
     *
     * @param newEmail the e-mail address, not blank
     * @return the copy
     */
    public CustomerRef withEmail(String newEmail) {
        return new CustomerRef(id, name, phone, Optional.of(Checks.notBlank(newEmail, "email")));
    }

    /**
     * Tells whether the reference holds any personal data.
     *
     * @return true when a name, phone or e-mail is present
     */
    public boolean hasPersonalData() {
        return name.isPresent() || phone.isPresent() || email.isPresent();
    }

    /**
     * Returns a copy whose personal data is masked, for export, reports and logs. The identifier is
     * kept. Masking rules: a name keeps its first character and every other character becomes
     * {@code '*'} ({@code "張三豐"} → {@code "張**"}); a phone number keeps its last four characters
     * and every earlier digit becomes {@code '*'} ({@code "13812345678"} → {@code "*******5678"});
     * an e-mail keeps the first character of the local part and the domain ({@code
     * "li.wei@example.com"} → {@code "l***@example.com"}); text without {@code '@'} is fully
     * masked. Masking is idempotent.
     *
     * @return the masked copy
     */
    public CustomerRef masked() {
        return new CustomerRef(id, name.map(CustomerRef::maskName), phone.map(CustomerRef::maskPhone),
                email.map(CustomerRef::maskEmail));
    }

    private static String maskName(String value) {
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(value.codePointCount(first, value.length()));
    }

    private static String maskPhone(String value) {
        StringBuilder out = new StringBuilder(value);
        int keepFrom = Math.max(0, value.length() - 4);
        for (int i = 0; i < keepFrom; i++) {
            if (Character.isDigit(out.charAt(i))) {
                out.setCharAt(i, '*');
            }
        }
        return out.toString();
    }

    private static String maskEmail(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /**
     * Returns the identifier and which kinds of personal data are held, never their values, for
     * example {@code CustomerRef[id=c-42, personalData=[name, phone]]}.
     */
    @Override
    public String toString() {
        StringBuilder held = new StringBuilder();
        name.ifPresent(v -> held.append("name"));
        phone.ifPresent(v -> held.append(held.isEmpty() ? "" : ", ").append("phone"));
        email.ifPresent(v -> held.append(held.isEmpty() ? "" : ", ").append("email"));
        return "CustomerRef[id=" + id + ", personalData=[" + held + "]]";
    }
}

package org.qualityloop.model.feedback;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.internal.Checks;

/**
 * A reference to the customer who gave feedback: the pseudonymous {@link CustomerId} plus optional
 * personal data (name, phone, e-mail) needed to contact the customer again.
 *
 * <p>Personal data never appears in {@link #toString()} nor in any exception message of this type.
 * {@link #masked()} returns a copy safe to export or log: every personal field is masked, keeping
 * only enough to recognise it (see there). {@link #erased()} returns the copy that remains after a
 * deletion request: every personal field that was held is empty and listed in
 * {@link #erasedFields()}, so that it reads as erased rather than never given. Immutable and
 * thread-safe.
 *
 * @param id the customer's pseudonymous identifier, not null
 * @param name the customer's name, if known; not blank when present
 * @param phone the customer's phone number, if known; not blank when present
 * @param email the customer's e-mail address, if known; not blank when present
 * @param erasedFields the personal fields that were erased, each empty: {@link PersonalField#NAME},
 *     {@link PersonalField#PHONE} or {@link PersonalField#EMAIL}; not null, usually empty
 */
public record CustomerRef(CustomerId id, Optional<String> name, Optional<String> phone, Optional<String> email,
        Set<PersonalField> erasedFields) {

    /**
     * Validates the reference and copies the erased fields.
     *
     * @param id the customer's pseudonymous identifier, not null
     * @param name the customer's name, if known; not blank when present
     * @param phone the customer's phone number, if known; not blank when present
     * @param email the customer's e-mail address, if known; not blank when present
     * @param erasedFields the personal fields that were erased, each empty: {@link
     *     PersonalField#NAME}, {@link PersonalField#PHONE} or {@link PersonalField#EMAIL}; not null
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException naming the field (never echoing its value) when a present
     *     value is blank, when an erased field holds a value, or when {@link PersonalField#TEXT}
     *     is listed as erased
     */
    public CustomerRef {
        Checks.notNull(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(phone, "phone");
        Checks.notNull(email, "email");
        erasedFields = PersonalField.copyOf(erasedFields, "erasedFields");
        name.ifPresent(v -> Checks.notBlank(v, "name"));
        phone.ifPresent(v -> Checks.notBlank(v, "phone"));
        email.ifPresent(v -> Checks.notBlank(v, "email"));
        for (PersonalField f : erasedFields) {
            if (!f.ofCustomer()) {
                throw new IllegalArgumentException("erasedFields must hold only NAME, PHONE or EMAIL, but held " + f);
            }
        }
        checkErased(erasedFields, PersonalField.NAME, name, "name");
        checkErased(erasedFields, PersonalField.PHONE, phone, "phone");
        checkErased(erasedFields, PersonalField.EMAIL, email, "email");
    }

    /**
     * Validates a reference of which nothing was erased: the form every reference had before
     * erasure existed, kept so that callers need not name the erased fields.
     *
     * @param id the customer's pseudonymous identifier, not null
     * @param name the customer's name, if known; not blank when present
     * @param phone the customer's phone number, if known; not blank when present
     * @param email the customer's e-mail address, if known; not blank when present
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException naming the field (never echoing its value) when a present
     *     value is blank
     */
    public CustomerRef(CustomerId id, Optional<String> name, Optional<String> phone, Optional<String> email) {
        this(id, name, phone, email, Set.of());
    }

    private static void checkErased(Set<PersonalField> erased, PersonalField field, Optional<String> value,
            String name) {
        if (erased.contains(field) && value.isPresent()) {
            throw new IllegalArgumentException(name + " must be empty when erased, but held a value");
        }
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
     * Returns a copy with the given name; a name given again after erasure is no longer erased.
     *
     * @param newName the name, not blank
     * @return the copy
     */
    public CustomerRef withName(String newName) {
        return new CustomerRef(id, Optional.of(Checks.notBlank(newName, "name")), phone, email,
                without(PersonalField.NAME));
    }

    /**
     * Returns a copy with the given phone number; one given again after erasure is no longer erased.
     *
     * @param newPhone the phone number, not blank
     * @return the copy
     */
    public CustomerRef withPhone(String newPhone) {
        return new CustomerRef(id, name, Optional.of(Checks.notBlank(newPhone, "phone")), email,
                without(PersonalField.PHONE));
    }

    /**
     * Returns a copy with the given e-mail address; one given again after erasure is no longer erased.
     *
     * @param newEmail the e-mail address, not blank
     * @return the copy
     */
    public CustomerRef withEmail(String newEmail) {
        return new CustomerRef(id, name, phone, Optional.of(Checks.notBlank(newEmail, "email")),
                without(PersonalField.EMAIL));
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
     * Returns the copy that remains after a deletion request: the identifier is kept, every personal
     * field that held a value is empty and listed in {@link #erasedFields()}, fields erased before
     * stay erased, and fields never given stay simply empty. Erasing is idempotent.
     *
     * @return the erased copy; this reference when it holds no personal data
     */
    public CustomerRef erased() {
        if (!hasPersonalData()) {
            return this;
        }
        EnumSet<PersonalField> all = EnumSet.noneOf(PersonalField.class);
        all.addAll(erasedFields);
        name.ifPresent(v -> all.add(PersonalField.NAME));
        phone.ifPresent(v -> all.add(PersonalField.PHONE));
        email.ifPresent(v -> all.add(PersonalField.EMAIL));
        return new CustomerRef(id, Optional.empty(), Optional.empty(), Optional.empty(), all);
    }

    /**
     * Tells whether a personal field of this reference was erased (rather than never given).
     *
     * @param field the field, not null
     * @return true when the field is listed in {@link #erasedFields()}
     */
    public boolean isErased(PersonalField field) {
        return erasedFields.contains(Checks.notNull(field, "field"));
    }

    private Set<PersonalField> without(PersonalField field) {
        if (!erasedFields.contains(field)) {
            return erasedFields;
        }
        EnumSet<PersonalField> rest = EnumSet.noneOf(PersonalField.class);
        rest.addAll(erasedFields);
        rest.remove(field);
        return rest;
    }

    /**
     * Returns a copy whose personal data is masked, for export, reports and logs. The identifier is
     * kept. Masking rules: a name keeps its first character and every other character becomes
     * {@code '*'} ({@code "張三豐"} → {@code "張**"}); a phone number keeps its last four characters
     * and every earlier digit becomes {@code '*'} ({@code "13812345678"} → {@code "*******5678"});
     * an e-mail keeps the first character of the local part and the domain ({@code
     * "li.wei@example.com"} → {@code "l***@example.com"}); text without {@code '@'} is fully
     * masked. Erased fields stay erased. Masking is idempotent.
     *
     * @return the masked copy
     */
    public CustomerRef masked() {
        return new CustomerRef(id, name.map(CustomerRef::maskName), phone.map(CustomerRef::maskPhone),
                email.map(CustomerRef::maskEmail), erasedFields);
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
     * example {@code CustomerRef[id=c-42, personalData=[name, phone]]}; erased fields follow when
     * there are any: {@code CustomerRef[id=c-42, personalData=[], erased=[name, phone]]}.
     */
    @Override
    public String toString() {
        StringBuilder held = new StringBuilder();
        name.ifPresent(v -> held.append("name"));
        phone.ifPresent(v -> held.append(held.isEmpty() ? "" : ", ").append("phone"));
        email.ifPresent(v -> held.append(held.isEmpty() ? "" : ", ").append("email"));
        StringBuilder out = new StringBuilder("CustomerRef[id=").append(id).append(", personalData=[").append(held)
                .append(']');
        if (!erasedFields.isEmpty()) {
            StringBuilder erased = new StringBuilder();
            for (PersonalField f : erasedFields) {
                erased.append(erased.isEmpty() ? "" : ", ").append(f.name().toLowerCase(java.util.Locale.ROOT));
            }
            out.append(", erased=[").append(erased).append(']');
        }
        return out.append(']').toString();
    }
}

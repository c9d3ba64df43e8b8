package org.qualityloop.workflow.jdbc.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.qualityloop.jackson.CaseHistoryJson;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.model.feedback.PersonalField;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.store.PersonalData;
import org.qualityloop.workflow.store.CaseStoreException;

/**
 * The one place where events and snapshots become the JSON the store writes, and back: the JSON
 * of quality-jackson ({@link CaseHistoryJson} per event, {@link QualityLoopJson} for snapshots).
 * A text holding U+0000 is refused on every database, as PostgreSQL's jsonb cannot hold it and a
 * history must move between databases unchanged.
 */
public final class PayloadCodec {

    private PayloadCodec() {
    }

    /**
     * The JSON of an event.
     *
     * @param event the event
     * @return its JSON
     * @throws CaseStoreException when a text of the event holds U+0000
     */
    public static String event(CaseEvent event) {
        String json = CaseHistoryJson.write(event);
        if (holdsNul(json)) {
            throw new CaseStoreException("event " + event.sequence() + " of case " + event.caseId() + " (command "
                    + event.commandId() + ") holds the character U+0000 in a text, which the JDBC case store refuses"
                    + " (PostgreSQL's jsonb cannot store it); nothing was written", null);
        }
        return json;
    }

    /**
     * Checks a case's personal data, kept apart from its events, for U+0000 as the payloads are.
     *
     * @param data the personal data
     * @param command the command whose append offers it
     * @throws CaseStoreException naming the case, the command and the field (never its value)
     *     when a value holds U+0000
     */
    public static void checkPersonalData(PersonalData data, CommandId command) {
        Map<PersonalField, Optional<String>> values = new EnumMap<>(PersonalField.class);
        values.put(PersonalField.NAME, data.name());
        values.put(PersonalField.PHONE, data.phone());
        values.put(PersonalField.EMAIL, data.email());
        values.put(PersonalField.TEXT, data.text());
        values.forEach((field, value) -> {
            if (value.isPresent() && value.get().indexOf('\0') >= 0) {
                throw new CaseStoreException("the personal data of case " + data.caseId() + " (command " + command
                        + ") holds the character U+0000 in its " + field + ", which the JDBC case store refuses"
                        + " (PostgreSQL's text cannot store it); nothing was written", null);
            }
        });
    }

    /**
     * Reads an event the store wrote.
     *
     * @param json its JSON
     * @return the event
     */
    public static CaseEvent readEvent(String json) {
        return CaseHistoryJson.readEvent(json);
    }

    /**
     * The JSON of a snapshot.
     *
     * @param snapshot the snapshot
     * @return its JSON
     * @throws CaseStoreException when a text of the snapshot holds U+0000
     */
    public static String snapshot(CaseSnapshot snapshot) {
        String json = QualityLoopJson.write(snapshot);
        if (holdsNul(json)) {
            throw new CaseStoreException("the snapshot of case " + snapshot.id() + " at version " + snapshot.version()
                    + " holds the character U+0000 in a text, which the JDBC case store refuses; nothing was written",
                    null);
        }
        return json;
    }

    /**
     * Reads a snapshot the store wrote.
     *
     * @param json its JSON
     * @return the snapshot
     * @throws IllegalArgumentException when it is of another schema or unreadable
     */
    public static CaseSnapshot readSnapshot(String json) {
        return QualityLoopJson.read(json, CaseSnapshot.class);
    }

    /**
     * The schema number a stored snapshot declares, read without binding the rest.
     *
     * @param json the snapshot's JSON text
     * @return its {@code schema} number, or -1 when it has none or is not an object
     */
    public static int snapshotSchema(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode schema = QualityLoopJson.mapper().readTree(json).get("schema");
            return schema != null && schema.canConvertToInt() && schema.isIntegralNumber() ? schema.intValue() : -1;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return -1;
        }
    }

    /**
     * Whether JSON text holds the escape of U+0000 ({@code \u0000} after an even number of
     * backslashes, so not an escaped backslash followed by "u0000"), or the raw character.
     *
     * @param json the JSON text
     * @return true when it does
     */
    public static boolean holdsNul(String json) {
        int from = 0;
        while (true) {
            int i = json.indexOf("u0000", from);
            if (i < 0) {
                return json.indexOf('\0') >= 0;
            }
            int backslashes = 0;
            for (int j = i - 1; j >= 0 && json.charAt(j) == '\\'; j--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return true;
            }
            from = i + 1;
        }
    }
}

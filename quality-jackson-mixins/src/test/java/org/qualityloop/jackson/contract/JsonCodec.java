package org.qualityloop.jackson.contract;

import java.util.List;
import org.qualityloop.workflow.cases.CaseEvent;

/**
 * One JSON module as the shared test bodies see it: each module's tests implement it with that
 * module's {@code QualityLoopJson} and {@code CaseHistoryJson}, so the same assertions run against
 * Jackson 2 and Jackson 3.
 */
public interface JsonCodec {

    /**
     * Writes a value with the strict mapper.
     *
     * @param value the value
     * @return the JSON text
     */
    String write(Object value);

    /**
     * Reads a value with the strict mapper, refusing as {@code QualityLoopJson.read} does.
     *
     * @param json the JSON text
     * @param type the type
     * @param <T> the type
     * @return the value
     */
    <T> T read(String json, Class<T> type);

    /**
     * Reads a value with a mapper of the library's defaults and only the Quality Loop module added.
     *
     * @param json the JSON text
     * @param type the type
     * @param <T> the type
     * @return the value
     * @throws Exception whatever the mapper throws
     */
    <T> T readWithModuleOnly(String json, Class<T> type) throws Exception;

    /**
     * Parses JSON into a tree whose {@code equals} compares JSON values.
     *
     * @param json the JSON text
     * @return the tree
     * @throws Exception whatever the mapper throws
     */
    Object tree(String json) throws Exception;

    /**
     * {@code CaseHistoryJson.write(CaseEvent)}.
     *
     * @param event the event
     * @return the JSON object
     */
    String writeEvent(CaseEvent event);

    /**
     * {@code CaseHistoryJson.write(List)}.
     *
     * @param history the events
     * @return the JSON array
     */
    String writeHistory(List<CaseEvent> history);

    /**
     * {@code CaseHistoryJson.readEvent(String)}.
     *
     * @param json the JSON object
     * @return the event
     */
    CaseEvent readEvent(String json);

    /**
     * {@code CaseHistoryJson.read(String)}.
     *
     * @param json the JSON array
     * @return the events
     */
    List<CaseEvent> readHistory(String json);
}

package org.qualityloop.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.qualityloop.jackson.contract.JsonCodec;
import org.qualityloop.workflow.cases.CaseEvent;

/** The shared test bodies' view of the Jackson 2 module. */
public final class Jackson2Codec implements JsonCodec {

    /** The one instance. */
    public static final JsonCodec INSTANCE = new Jackson2Codec();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Jackson2Codec() {
    }

    @Override
    public String write(Object value) {
        return QualityLoopJson.write(value);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
        return QualityLoopJson.read(json, type);
    }

    @Override
    public <T> T readWithModuleOnly(String json, Class<T> type) throws Exception {
        return new ObjectMapper().registerModule(new QualityLoopModule()).readValue(json, type);
    }

    @Override
    public Object tree(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Override
    public String writeEvent(CaseEvent event) {
        return CaseHistoryJson.write(event);
    }

    @Override
    public String writeHistory(List<CaseEvent> history) {
        return CaseHistoryJson.write(history);
    }

    @Override
    public CaseEvent readEvent(String json) {
        return CaseHistoryJson.readEvent(json);
    }

    @Override
    public List<CaseEvent> readHistory(String json) {
        return CaseHistoryJson.read(json);
    }
}

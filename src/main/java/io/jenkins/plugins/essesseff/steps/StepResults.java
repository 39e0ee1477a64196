package io.jenkins.plugins.essesseff.steps;

import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step's return value for Groovy: the result's map, copied into plain {@link LinkedHashMap}s and
 * {@link ArrayList}s, so that the pipeline can keep it in its serialized program state (the JDK's immutable
 * collections are not among the classes Jenkins agrees to serialize everywhere).
 */
final class StepResults {
    private StepResults() {}

    static Map<String, Object> toGroovy(PromotionResult result) {
        return copyMap(result.toMap());
    }

    private static Map<String, Object> copyMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), copyValue(value)));
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return copyMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(copyValue(element)));
            return copy;
        }
        return value;
    }
}

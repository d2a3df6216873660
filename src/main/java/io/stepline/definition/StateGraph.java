package io.stepline.definition;

import java.util.Map;

/**
 * StartAt plus States: the shape shared by the machine, each Parallel branch and each Map
 * item processor. States keep their definition order.
 */
public record StateGraph(String startAt, Map<String, State> states, Origin origin) {

    public State start() {
        return states.get(startAt);
    }
}

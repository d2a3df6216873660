package io.stepline.compile;

import io.stepline.definition.ChoiceState;
import io.stepline.definition.Recoverable;
import io.stepline.definition.State;
import io.stepline.definition.StateGraph;
import io.stepline.definition.Transition;
import io.stepline.definition.Transitioning;
import io.stepline.definition.choice.ChoiceBranch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a graph into straight chains ("blocks"): a block starts at StartAt or at any state
 * reached other than by a unique plain Next, and follows Next links while each next state has
 * that link as its only way in. Each block becomes one Camel route whose steps run back to back
 * (well under a microsecond per transition); only jumps between blocks go through the runner.
 */
final class BlockPlanner {
    private BlockPlanner() {
    }

    /** Blocks as lists of state indexes, in the order of their first state. */
    static List<List<Integer>> plan(StateGraph graph, Map<String, Integer> indexes) {
        List<State> states = new ArrayList<>(graph.states().values());
        Map<Integer, Integer> plainIncoming = new HashMap<>();
        boolean[] leader = new boolean[states.size()];
        leader[indexes.get(graph.startAt())] = true;
        for (State state : states) {
            if (state instanceof Transitioning t && t.transition() instanceof Transition.Next next) {
                plainIncoming.merge(indexes.get(next.state()), 1, Integer::sum);
            }
            if (state instanceof ChoiceState choice) {
                for (ChoiceBranch branch : choice.choices()) {
                    leader[indexes.get(branch.next())] = true;
                }
                if (choice.defaultState() != null) {
                    leader[indexes.get(choice.defaultState())] = true;
                }
            }
            if (state instanceof Recoverable recoverable) {
                recoverable.catchers().forEach(c -> leader[indexes.get(c.next())] = true);
            }
        }
        plainIncoming.forEach((index, count) -> {
            if (count > 1) {
                leader[index] = true;
            }
        });
        List<List<Integer>> blocks = new ArrayList<>();
        boolean[] placed = new boolean[states.size()];
        for (int start = 0; start < states.size(); start++) {
            if (!leader[start] && plainIncoming.getOrDefault(start, 0) > 0) {
                continue; // reached by falling through; placed by its predecessor's block
            }
            blocks.add(chain(states, indexes, leader, placed, start));
        }
        for (int rest = 0; rest < states.size(); rest++) {
            if (!placed[rest]) {
                // Only a cycle nothing enters (validation rejects it as unreachable) gets here.
                blocks.add(chain(states, indexes, leader, placed, rest));
            }
        }
        return blocks;
    }

    private static List<Integer> chain(List<State> states, Map<String, Integer> indexes, boolean[] leader,
            boolean[] placed, int start) {
        List<Integer> block = new ArrayList<>();
        int current = start;
        while (current >= 0 && !placed[current]) {
            placed[current] = true;
            block.add(current);
            int following = plainNext(states.get(current), indexes);
            current = following >= 0 && !leader[following] ? following : -1;
        }
        return block;
    }

    private static int plainNext(State state, Map<String, Integer> indexes) {
        if (state instanceof Transitioning t && t.transition() instanceof Transition.Next next) {
            return indexes.get(next.state());
        }
        return -1;
    }
}

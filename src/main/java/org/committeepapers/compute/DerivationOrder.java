package org.committeepapers.compute;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which derived rows (or derived columns) can be computed, each after the ones its formula
 * names. Worked out without recursion, so a chain of any length cannot exhaust the stack; a circle, or a
 * chain of more than {@value #MAX_CHAIN} derived values each built on the last, is refused.
 */
final class DerivationOrder {
    /** The longest chain of derived values built one on another. */
    static final int MAX_CHAIN = 200;

    /** What went wrong with one item, for the caller to report at its position. */
    interface Report {
        void refused(String id, String message, String hint);
    }

    /**
     * @param order  every item that can be computed, in an order where each follows what it needs
     * @param failed items in a circle, beyond the chain limit, or needing either (reported once per cause)
     */
    record Result(List<String> order, Set<String> failed) {
    }

    private DerivationOrder() {
    }

    /**
     * @param needs each derived item's id → the names its formula uses (names that are not derived items,
     *              such as data rows, are ignored)
     */
    static Result of(Map<String, List<String>> needs, String what, Report report) {
        Map<String, Integer> depth = new HashMap<>();
        Set<String> visiting = new LinkedHashSet<>();
        Set<String> failed = new LinkedHashSet<>();
        List<String> order = new ArrayList<>();
        for (String root : needs.keySet()) {
            if (depth.containsKey(root) || failed.contains(root)) {
                continue;
            }
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(root));
            visiting.add(root);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                List<String> wanted = needs.get(frame.id);
                if (frame.next < wanted.size()) {
                    String next = wanted.get(frame.next++);
                    if (!needs.containsKey(next) || depth.containsKey(next)) {
                        continue;
                    }
                    if (failed.contains(next)) {
                        frame.failed = true;
                    } else if (visiting.contains(next)) {
                        List<String> circle = new ArrayList<>(visiting);
                        circle = new ArrayList<>(circle.subList(circle.indexOf(next), circle.size()));
                        failed.addAll(circle);
                        frame.failed = true;
                        report.refused(next, "the derived " + what + " " + String.join(" → ", circle) + " → " + next
                                + " refer to each other in a circle", "make one of them data, or compute it from other "
                                + what);
                    } else {
                        stack.push(new Frame(next));
                        visiting.add(next);
                    }
                    continue;
                }
                stack.pop();
                visiting.remove(frame.id);
                int longest = 1;
                for (String used : wanted) {
                    longest = Math.max(longest, 1 + depth.getOrDefault(used, 0));
                    frame.failed |= failed.contains(used);
                }
                if (frame.failed || failed.contains(frame.id)) {
                    failed.add(frame.id);
                    if (!stack.isEmpty()) {
                        stack.peek().failed = true;
                    }
                } else if (longest > MAX_CHAIN) {
                    failed.add(frame.id);
                    if (!stack.isEmpty()) {
                        stack.peek().failed = true;
                    }
                    report.refused(frame.id, "the derived " + what.substring(0, what.length() - 1) + " '" + frame.id
                            + "' is built on a chain of more than "
                            + MAX_CHAIN + " derived " + what + ", each computed from the last",
                            "compute it from data " + what + " in fewer steps; at most " + MAX_CHAIN + " may build on one another");
                } else {
                    depth.put(frame.id, longest);
                    order.add(frame.id);
                }
            }
        }
        return new Result(order, failed);
    }

    private static final class Frame {
        final String id;
        int next;
        boolean failed;

        Frame(String id) {
            this.id = id;
        }
    }
}

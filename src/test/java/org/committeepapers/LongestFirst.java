package org.committeepapers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders the test classes so that the longest start first, on both of the two workers: a long class started
 * last leaves the other core idle while it finishes. The longest, longest first, are named in
 * junit-platform.properties ({@value #KEY}). JUnit forks the classes in this order, and of its two workers one
 * takes from the front of the list and the other from the back, so the named classes go to the two ends in
 * turn (1st at the front, 2nd at the back, 3rd second from the front…), and the short ones fill the middle,
 * by name. Only the order changes: every class still runs.
 */
public final class LongestFirst implements ClassOrderer {
    static final String KEY = "committeepapers.longest-classes";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<String> longest = context.getConfigurationParameter(KEY)
                .map(names -> Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList())
                .orElse(List.of());
        List<ClassDescriptor> front = new ArrayList<>();
        List<ClassDescriptor> back = new ArrayList<>();
        List<ClassDescriptor> rest = new ArrayList<>(context.getClassDescriptors());
        rest.sort(Comparator.comparing(d -> d.getTestClass().getName()));
        for (String name : longest) {
            rest.stream().filter(d -> d.getTestClass().getSimpleName().equals(name)).findFirst().ifPresent(d -> {
                rest.remove(d);
                (front.size() <= back.size() ? front : back).add(d);
            });
        }
        List<ClassDescriptor> ordered = new ArrayList<>(front);
        ordered.addAll(rest);
        for (int i = back.size() - 1; i >= 0; i--) {
            ordered.add(back.get(i));
        }
        context.getClassDescriptors().sort(Comparator.comparingInt(ordered::indexOf));
    }
}

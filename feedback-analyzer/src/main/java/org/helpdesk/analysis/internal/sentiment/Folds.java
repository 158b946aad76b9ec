package org.helpdesk.analysis.internal.sentiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Stratified fold assignment: every fold gets its share of every class, reproducibly. */
public final class Folds {

    private Folds() {}

    public static int[] stratified(List<String> labels, int folds, long seed) {
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[labels.size()];
        Random random = new Random(seed);
        int next = 0;
        for (List<Integer> members : byLabel.values()) {
            Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }
}

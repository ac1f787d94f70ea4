package org.committeepapers.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each paper and case is printed in the packs, collected while the pack views are built from the
 * packs' real layout, so web pages quote the page numbers members see in the PDFs.
 */
final class PackPageReferences {
    private final Map<String, List<Views.PrintRefView>> byPaper = new LinkedHashMap<>();
    private final Map<String, List<Views.PrintRefView>> byCase = new LinkedHashMap<>();

    synchronized void paper(String paper, String text, String href) {
        add(byPaper, paper, new Views.PrintRefView(text, href));
    }

    synchronized void proposal(String paper, String proposal, String text, String href) {
        add(byCase, paper + "/" + proposal, new Views.PrintRefView(text, href));
    }

    synchronized List<Views.PrintRefView> ofPaper(String paper) {
        return List.copyOf(byPaper.getOrDefault(paper, List.of()));
    }

    synchronized List<Views.PrintRefView> ofProposal(String paper, String proposal) {
        return List.copyOf(byCase.getOrDefault(paper + "/" + proposal, List.of()));
    }

    private static void add(Map<String, List<Views.PrintRefView>> map, String key, Views.PrintRefView ref) {
        List<Views.PrintRefView> refs = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
    }
}

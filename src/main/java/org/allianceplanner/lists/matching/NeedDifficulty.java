package org.allianceplanner.lists.matching;

import java.util.Comparator;

/** Harder first: the most urgent needs, then those with the fewest candidates, are placed first. */
public class NeedDifficulty implements Comparator<NeedMatch> {

    private static final Comparator<NeedMatch> ORDER = Comparator.comparingInt(NeedMatch::urgency)
            .thenComparing(m -> -m.getCandidates().size())
            .thenComparing(NeedMatch::getId, Comparator.reverseOrder());

    @Override
    public int compare(NeedMatch a, NeedMatch b) {
        return ORDER.compare(a, b);
    }
}

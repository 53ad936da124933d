package org.allianceplanner.lists.matching;

import java.util.List;

import org.allianceplanner.messages.Message;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a matching rule matched: a sentence by code ({@code lists.rule.*}) with the needs and resources
 * it concerns, in the allocation's explanation style (Chinese and English from the bundles).
 */
public record MatchReason(Message text, List<String> needs, List<String> resources) implements ConstraintJustification {

    public String code() {
        return text.code();
    }

    public String zh() {
        return text.zh();
    }

    public String en() {
        return text.en();
    }
}

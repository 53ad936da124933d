package org.allianceplanner.constraints;

import java.util.List;

import org.allianceplanner.messages.Message;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched: a sentence by code ({@code reason.*} in the message bundles) that a
 * planner reads in Chinese or English, with the ids of the organizations, communities and joint
 * activities it concerns so a page can highlight them.
 */
public record Reason(Message text, List<String> organizations, List<String> communities, List<String> activities)
        implements ConstraintJustification {

    /** A reason about the allocation only. */
    public Reason(Message text, List<String> organizations, List<String> communities) {
        this(text, organizations, communities, List.of());
    }

    public String code() {
        return text.code();
    }

    /** The sentence in Chinese. */
    public String zh() {
        return text.zh();
    }

    /** The sentence in English. */
    public String en() {
        return text.en();
    }
}

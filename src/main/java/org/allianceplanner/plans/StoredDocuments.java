package org.allianceplanner.plans;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.store.StoreJson;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Reads the documents of the store back, as strictly as a request: a stored document that no longer
 * reads (an older format, a damaged row) raises {@link StoredDocumentException} naming what is wrong.
 */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /**
     * Reads and validates a stored plan document; {@code what} says which, for the message
     * ({@link StoredDocumentException#document}).
     */
    public static PlanDocument read(String json, Message what) {
        if (json == null) {
            throw new StoredDocumentException(Message.of("error.storedDocument.missing", what));
        }
        try {
            return PlanMapper.readDocument(json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            throw new StoredDocumentException(Message.of("error.storedDocument.unreadable", what,
                    summary(e.getProblems())));
        } catch (RuntimeException e) {
            throw new StoredDocumentException(Message.of("error.storedDocument.unreadable", what, e.getMessage()));
        }
    }

    /** Reads a stored plan document and maps it to a prepared model. */
    public static AlliancePlan model(String json, Message what) {
        PlanDocument document = read(json, what);
        try {
            return PlanMapper.toModel(document);
        } catch (RuntimeException e) {
            throw new StoredDocumentException(Message.of("error.storedDocument.unmapped", what, e.getMessage()));
        }
    }

    static PlanKpis kpis(String json) {
        if (json == null) {
            return null;
        }
        try {
            return StoreJson.readTolerant(json, PlanKpis.class);
        } catch (Exception e) {
            return null;
        }
    }

    static List<PlanJob.Progress> progress(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.copyOf(StoreJson.readTolerant(json, new TypeReference<List<PlanJob.Progress>>() {
            }));
        } catch (Exception e) {
            return List.of();
        }
    }

    static HardMediumSoftLongScore score(String text) {
        if (text == null) {
            return null;
        }
        try {
            return HardMediumSoftLongScore.parseScore(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first three problems, each in the language it is read in, and how many more there are. */
    private static Localized summary(List<FieldProblem> problems) {
        List<Message> first = problems.stream().limit(3)
                .map(p -> p.field().isEmpty() ? p.text() : Message.of("error.storedDocument.problemAt", p.field(), p.text()))
                .toList();
        Localized listed = Localized.joined("list.semicolon", first);
        return problems.size() <= 3 ? listed
                : Localized.joined("list.semicolon", List.of(listed, Message.of("error.storedDocument.more",
                        problems.size() - 3)));
    }
}

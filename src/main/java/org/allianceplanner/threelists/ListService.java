package org.allianceplanner.threelists;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.lists.ClaimDocument;
import org.allianceplanner.lists.ListEdits;
import org.allianceplanner.lists.ListKpis;
import org.allianceplanner.lists.ListNeed;
import org.allianceplanner.lists.ListProject;
import org.allianceplanner.lists.ListResource;
import org.allianceplanner.lists.ProjectStatus;
import org.allianceplanner.lists.StatusDocument;
import org.allianceplanner.lists.ThreeLists;
import org.allianceplanner.lists.matching.Matching;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.store.ListRepository;
import org.allianceplanner.store.StoreJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * A scope's three lists in the store: read, changed item by item or as a whole (each change a new
 * revision, logged), matched (the proposals replace the open ones), claimed at a joint meeting and
 * moved along the status table. A scope without lists reads as empty lists of this year at revision 0.
 */
@Service
public class ListService {

    /** The lists as stored now. */
    public record Current(String scope, int revision, Instant changedAt, ThreeLists lists) {
    }

    /** A change written: the new revision, what it was and the item it concerns. */
    public record Changed(String scope, int revision, Instant changedAt, String kind, String subject, Object item) {
    }

    /** A matching written: the change and the solve's outcome. */
    public record Proposed(Changed change, Matching.Result result) {
    }

    private static final int ATTEMPTS = 5;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ListRepository repository;
    private final Clock clock;

    @Autowired
    public ListService(ListRepository repository) {
        this(repository, Clock.system(ZONE));
    }

    ListService(ListRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Current current(String scope) {
        return repository.find(scope)
                .map(s -> new Current(scope, s.revision(), s.changedAt(), read(s.dataJson(), scope)))
                .orElseGet(() -> new Current(scope, 0, null, ThreeLists.empty(today().getYear())));
    }

    public ListKpis kpis(String scope, LocalDate asOf) {
        return ListKpis.of(current(scope).lists(), asOf == null ? today() : asOf);
    }

    public List<ListRepository.Change> changes(String scope) {
        return repository.changes(scope);
    }

    public Changed replace(String scope, ThreeLists lists) {
        return change(scope, current -> ListEdits.replace(lists));
    }

    public Changed addNeed(String scope, Parsed<ListNeed> need) {
        return change(scope, lists -> ListEdits.addNeed(lists, need));
    }

    public Changed updateNeed(String scope, String id, MergePatch patch) {
        return change(scope, lists -> ListEdits.updateNeed(lists, id, patch));
    }

    public Changed removeNeed(String scope, String id) {
        return change(scope, lists -> ListEdits.removeNeed(lists, id));
    }

    public Changed addResource(String scope, Parsed<ListResource> resource) {
        return change(scope, lists -> ListEdits.addResource(lists, resource));
    }

    public Changed updateResource(String scope, String id, MergePatch patch) {
        return change(scope, lists -> ListEdits.updateResource(lists, id, patch));
    }

    public Changed removeResource(String scope, String id) {
        return change(scope, lists -> ListEdits.removeResource(lists, id));
    }

    public Changed addProject(String scope, Parsed<ListProject> project) {
        return change(scope, lists -> ListEdits.addProject(lists, project));
    }

    public Changed updateProject(String scope, String id, MergePatch patch) {
        return change(scope, lists -> ListEdits.updateProject(lists, id, patch));
    }

    public Changed removeProject(String scope, String id) {
        return change(scope, lists -> ListEdits.removeProject(lists, id));
    }

    /** Claims a proposal at a joint meeting: the meeting named, or its alliance's in the planned month. */
    public Changed claim(String scope, String id, ClaimDocument claim) {
        LocalDate on = claim == null || claim.on() == null ? today() : claim.on();
        return change(scope, lists -> {
            ListProject p = lists.project(id);
            String meeting = claim == null || claim.meeting() == null || claim.meeting().isBlank()
                    ? defaultMeeting(lists, p) : claim.meeting();
            return ListEdits.advance(lists, id, ProjectStatus.CLAIMED, on, meeting, null);
        });
    }

    public Changed advance(String scope, String id, StatusDocument next) {
        LocalDate on = next.on() == null ? today() : next.on();
        return change(scope, lists -> ListEdits.advance(lists, id, next.status(), on,
                next.status() == ProjectStatus.CLAIMED ? (next.meeting() == null ? defaultMeeting(lists, lists.project(id))
                        : next.meeting()) : null, next.note()));
    }

    /** Proposes projects for the open needs and writes them in place of the open proposals. */
    public Proposed propose(String scope, LocalDate asOf, Duration limit) {
        for (int attempt = 1; ; attempt++) {
            Current current = current(scope);
            Matching.Result result = Matching.solve(current.lists(), asOf == null ? today() : asOf, limit, null);
            ListEdits.Edit edit = ListEdits.propose(current.lists(), result.proposals());
            Changed changed = write(scope, current.revision(), edit);
            if (changed != null) {
                return new Proposed(changed, result);
            }
            if (attempt >= 2) {
                throw ConflictException.of("concurrentListChange", scope);
            }
        }
    }

    private static String defaultMeeting(ThreeLists lists, ListProject p) {
        if (p == null) {
            return null;
        }
        var need = lists.need(p.need());
        return "%s/%d-%02d".formatted(need == null ? "" : need.community(), lists.year(), p.plannedMonth());
    }

    private Changed change(String scope, Function<ThreeLists, ListEdits.Edit> edit) {
        for (int attempt = 1; ; attempt++) {
            Current current = current(scope);
            Changed changed = write(scope, current.revision(), edit.apply(current.lists()));
            if (changed != null) {
                return changed;
            }
            if (attempt >= ATTEMPTS) {
                throw ConflictException.of("concurrentListChange", scope);
            }
        }
    }

    private Changed write(String scope, int revision, ListEdits.Edit done) {
        Instant now = Instant.now(clock);
        if (!repository.write(scope, revision, StoreJson.write(done.after()), now, done.kind(), done.subject(),
                done.item() == null ? null : StoreJson.write(done.item()))) {
            return null;
        }
        return new Changed(scope, revision + 1, now, done.kind(), done.subject(), done.item());
    }

    private static ThreeLists read(String json, String scope) {
        try {
            return StoreJson.readTolerant(json, ThreeLists.class);
        } catch (IOException e) {
            throw new IllegalStateException("The stored lists of scope " + scope + " do not read", e);
        }
    }
}

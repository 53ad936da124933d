package org.allianceplanner.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.SolveLimits;
import org.allianceplanner.store.PlanRepository;
import org.allianceplanner.store.StoreJson;
import org.allianceplanner.store.StoredPlan;

/**
 * Submitted plans, kept in the store: submitting writes a waiting row (committed before the caller
 * answers), and the dispatcher of whichever instance has a free solver slot claims and solves it.
 * Reads come from the store, overlaid with the live best solution of the plans solving here.
 */
public class PlanService {

    private static final int CACHED_SNAPSHOTS = 32;

    private final PlanRepository repository;
    private final PlanDispatcher dispatcher;
    /** Parsed documents of stored plans by id, for the version they were parsed from. */
    private final Map<String, Cached> snapshots = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                    return size() > CACHED_SNAPSHOTS;
                }
            });

    private record Cached(long version, PlanJob.Snapshot snapshot) {
    }

    PlanService(PlanRepository repository, PlanDispatcher dispatcher) {
        this.repository = repository;
        this.dispatcher = dispatcher;
    }

    /** Starts claiming and solving stored plans as {@code instanceId}. */
    public void start(String instanceId) {
        dispatcher.start(instanceId);
    }

    public String instanceId() {
        return dispatcher.instanceId();
    }

    public PlanJob submit(AlliancePlan problem, SolveLimits limits) {
        return submit(problem, limits, PlanOrigin.SUBMITTED);
    }

    public PlanJob submit(AlliancePlan problem, SolveLimits limits, PlanOrigin origin) {
        return submit(problem, limits, origin, null, null);
    }

    /**
     * Submits a problem that came from {@code source} (a dataset's or file's name), or that is
     * {@code basedOn} another plan (re-solved from it).
     */
    public PlanJob submit(AlliancePlan problem, SolveLimits limits, PlanOrigin origin, String source, String basedOn) {
        StoredPlan.New made = newPlan(PlanMapper.toDocument(problem), problem, limits, origin, basedOn, null);
        StoredPlan.New plan = new StoredPlan.New(made.id(), made.name(), made.scope(), made.origin(), made.basedOn(),
                made.baseRevision(), made.problemJson(), made.kpisJson(), made.timeLimitMs(), made.unimprovedMs(),
                made.submittedAt(), source);
        repository.insert(plan);
        dispatcher.wake();
        return find(plan.id()).orElseThrow();
    }

    /**
     * A waiting plan to insert, for callers that insert it in their own transaction (then call
     * {@link #wake()} after the commit).
     */
    public StoredPlan.New newPlan(PlanDocument document, AlliancePlan problem, SolveLimits limits, PlanOrigin origin,
            String basedOn, Integer baseRevision) {
        return new StoredPlan.New(UUID.randomUUID().toString(), document.name(), problem.getScope(), origin.name(),
                basedOn, baseRevision, StoreJson.write(document), StoreJson.write(PlanKpis.of(problem)),
                limits.timeLimit().toMillis(),
                limits.unimprovedTimeLimit() == null ? null : limits.unimprovedTimeLimit().toMillis(), Instant.now());
    }

    /** Lets the dispatcher look for waiting plans now. */
    public void wake() {
        dispatcher.wake();
    }

    public Optional<PlanJob> find(String id) {
        Optional<StoredPlan> row = repository.find(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        StoredPlan plan = row.get();
        int position = PlanRepository.QUEUED.equals(plan.status()) && !plan.stopRequested()
                ? repository.queuePosition(plan.seq()) : 0;
        return Optional.of(job(plan, position));
    }

    /** All plans, newest first. */
    public List<PlanJob> list() {
        List<StoredPlan> rows = repository.list();
        List<StoredPlan> waiting = new ArrayList<>(rows.stream()
                .filter(r -> PlanRepository.QUEUED.equals(r.status()) && !r.stopRequested()).toList());
        waiting.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            positions.put(waiting.get(i).id(), i + 1);
        }
        return rows.stream().map(r -> job(r, positions.getOrDefault(r.id(), 0))).toList();
    }

    /** 1 for the next plan to start, 0 when the plan is not waiting. */
    public int queuePosition(PlanJob job) {
        return job.queuePosition();
    }

    /**
     * A waiting plan stops at once; a solving one, on this or any other instance, stops soon and
     * keeps its best plan so far.
     */
    public Optional<PlanJob> stop(String id) {
        Optional<StoredPlan> row = repository.find(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (repository.requestStop(id)) {
            repository.stopWaiting(id, Instant.now());
            dispatcher.stopLocal(id);
        }
        return find(id);
    }

    /** Renames a plan and archives or restores it (either may be null: unchanged). */
    public Optional<PlanJob> update(String id, String name, Boolean archived) {
        if (repository.find(id).isEmpty()) {
            return Optional.empty();
        }
        if (name != null) {
            repository.rename(id, name);
        }
        if (archived != null) {
            repository.archive(id, archived);
        }
        return find(id);
    }

    /** Every claim of the plan by an instance, oldest first. */
    public List<StoredPlan.Run> runs(String id) {
        return repository.runs(id);
    }

    private PlanJob job(StoredPlan row, int queuePosition) {
        SolveRun live = dispatcher.live(row.id()).orElse(null);
        Supplier<PlanJob.Snapshot> stored = memoize(() -> storedSnapshot(row));
        Supplier<AlliancePlan> problem = memoize(() -> {
            StoredPlan full = repository.findWithDocuments(row.id()).orElseThrow(() -> NotFoundException.plan(row.id()));
            try {
                return StoredDocuments.model(full.problemJson(), StoredDocumentException.document("problem", row.id()));
            } catch (StoredDocumentException e) {
                repository.recordDocumentError(row.id(), e.getMessage());
                throw e;
            }
        });
        return new PlanJob(row, live, queuePosition, stored, problem);
    }

    private PlanJob.Snapshot storedSnapshot(StoredPlan row) {
        Cached cached = snapshots.get(row.id());
        if (cached != null && cached.version() == row.version()) {
            return cached.snapshot();
        }
        StoredPlan full = repository.findWithDocuments(row.id()).orElseThrow(() -> NotFoundException.plan(row.id()));
        boolean solved = full.solutionJson() != null;
        AlliancePlan plan;
        try {
            plan = solved ? StoredDocuments.model(full.solutionJson(), StoredDocumentException.document("solution", row.id()))
                    : StoredDocuments.model(full.problemJson(), StoredDocumentException.document("problem", row.id()));
        } catch (StoredDocumentException e) {
            if (!e.getMessage().equals(row.documentError())) {
                repository.recordDocumentError(row.id(), e.getMessage());
            }
            throw e;
        }
        if (row.documentError() != null && row.error() == null) {
            repository.recordDocumentError(row.id(), null);
        }
        plan.setScore(StoredDocuments.score(full.score()));
        // The name as the plan list shows it: a plan renamed there prints and exports under its new name.
        plan.setName(row.name());
        PlanJob.Snapshot snapshot = new PlanJob.Snapshot(plan, PlanMapper.toDocument(plan), PlanKpis.of(plan));
        snapshots.put(row.id(), new Cached(full.version(), snapshot));
        return snapshot;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

package org.allianceplanner.solver;

import java.util.HashSet;
import java.util.Set;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;

/**
 * Stops the CP-SAT and SCIP searches of one exact computation from another thread, such as the solver's when a
 * planner stops the run. Each search runs through {@link #solve}; stopping ends the running ones and
 * gives those that start later no time at all. {@link CpSolver#stopSearch()} only reaches a search
 * that is already running, so a stop that falls just before a search starts is caught by calling
 * {@link #stop()} again (the exact phase's watcher does so while the stop holds).
 */
final class SearchStop {

    private final Set<CpSolver> running = new HashSet<>();
    private final Set<MPSolver> runningMips = new HashSet<>();
    private volatile boolean stopped;

    /** A stop nobody asks for: the bound computed on its own runs to its budget. */
    static SearchStop none() {
        return new SearchStop();
    }

    /** Solves {@code model} with {@code search} unless stopped before or while it runs. */
    CpSolverStatus solve(CpSolver search, CpModel model, CpSolverSolutionCallback callback) {
        synchronized (this) {
            if (stopped) {
                search.getParameters().setMaxTimeInSeconds(0);
            }
            running.add(search);
        }
        try {
            return callback == null ? search.solve(model) : search.solve(model, callback);
        } finally {
            synchronized (this) {
                running.remove(search);
            }
        }
    }

    /** Solves the MIP {@code mip} unless stopped before ({@link MPSolver.ResultStatus#NOT_SOLVED}) or while it runs. */
    MPSolver.ResultStatus solve(MPSolver mip, MPSolverParameters parameters) {
        synchronized (this) {
            if (stopped) {
                return MPSolver.ResultStatus.NOT_SOLVED;
            }
            runningMips.add(mip);
        }
        try {
            return mip.solve(parameters);
        } finally {
            synchronized (this) {
                runningMips.remove(mip);
            }
        }
    }

    /** Ends every running search and gives every later one no time. Idempotent. */
    synchronized void stop() {
        stopped = true;
        for (CpSolver search : running) {
            search.stopSearch();
        }
        for (MPSolver mip : runningMips) {
            mip.interruptSolve();
        }
    }

    boolean isStopped() {
        return stopped;
    }
}

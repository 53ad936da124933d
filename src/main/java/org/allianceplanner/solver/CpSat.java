package org.allianceplanner.solver;

import com.google.ortools.Loader;

/**
 * Loads Google OR-Tools' native library once. Where it cannot load (a platform without a bundled
 * library, a read-only temporary folder), {@link #available()} is false and {@link #problem()} says
 * why: the optimality bound is then reported unavailable and solving goes on without the exact phase.
 */
public final class CpSat {

    private static final String PROBLEM = load();

    private CpSat() {
    }

    private static String load() {
        if (Boolean.getBoolean("alliance.cpsat.disabled")) {
            return "switched off (alliance.cpsat.disabled)";
        }
        try {
            Loader.loadNativeLibraries();
            return null;
        } catch (Throwable e) { // UnsatisfiedLinkError, ExceptionInInitializerError, an I/O failure unpacking it
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Whether CP-SAT can run in this process. */
    public static boolean available() {
        return PROBLEM == null;
    }

    /** Why CP-SAT cannot run, or null when it can. */
    public static String problem() {
        return PROBLEM;
    }
}

package org.allianceplanner.model;

/** How often an activity type recurs in the year, or once in an explicit window. */
public enum Cadence {
    MONTHLY(12),
    QUARTERLY(4),
    HALF_YEARLY(2),
    YEARLY(1),
    /** Once in the type's explicit window, such as the year-end review's 20 Dec – 20 Jan. */
    WINDOW(1);

    private final int windowsPerYear;

    Cadence(int windowsPerYear) {
        this.windowsPerYear = windowsPerYear;
    }

    public int windowsPerYear() {
        return windowsPerYear;
    }
}

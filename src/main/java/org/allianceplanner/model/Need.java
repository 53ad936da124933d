package org.allianceplanner.model;

/**
 * One item of a community's needs list (需求清单): a service code from the shared vocabulary and
 * how urgent it is, 1 (nice to have) to 3 (pressing).
 */
public record Need(String code, int priority) {
}

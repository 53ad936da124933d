package org.allianceplanner.api;

/** A demo dataset name the service does not ship. */
class DatasetNotFoundException extends RuntimeException {

    DatasetNotFoundException(String name) {
        super("No demo dataset named \"" + name + "\"");
    }
}

package org.allianceplanner.catalogue;

/** A demo dataset name the service does not ship. */
public class DatasetNotFoundException extends RuntimeException {

    public DatasetNotFoundException(String name) {
        super("No demo dataset named \"" + name + "\"");
    }
}

package org.saydo;

/** The version of Saydo recorded in every claim's provenance. */
public final class Version {

    /** The pipeline version: bump when the coder's output for the same input changes. */
    public static final String PIPELINE = "saydo-0.1.0";

    /** The format version of the JSON records; readers reject newer versions. */
    public static final int FORMAT = 1;

    private Version() {
    }
}

package org.saydo.dict;

import java.util.Objects;

/**
 * A dictionary file contains a line that cannot be read. The message names the file, the line
 * number (from 1) and the problem, for example {@code CAMEO.2.0.txt:812: undefined synset &WEAPONS}.
 *
 * <p>Readers never skip a malformed line: they throw this exception instead.
 */
public final class DictionaryFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source the file name (or resource name) being read
     * @param line the line number, from 1
     * @param problem what is wrong, with the bad value
     */
    public DictionaryFormatException(String source, int line, String problem) {
        super(Objects.requireNonNull(source, "source") + ":" + line + ": " + Objects.requireNonNull(problem, "problem"));
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** @return the file or resource name */
    public String source() {
        return source;
    }

    /** @return the line number, from 1 */
    public int line() {
        return line;
    }

    /** @return the problem, without file and line */
    public String problem() {
        return problem;
    }
}

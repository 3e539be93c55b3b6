package org.saydo.validate;

/** A validation file that cannot be read: names the file, the line and the problem. */
public final class ValidationFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file the file
     * @param line the line, 0 when unknown
     * @param problem what is wrong
     */
    public ValidationFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}

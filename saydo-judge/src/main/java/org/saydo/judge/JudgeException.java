package org.saydo.judge;

/** A judge model that cannot be used: missing, corrupt, or made for other features. The message names the file. */
public final class JudgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JudgeException(String message) {
        super(message);
    }

    public JudgeException(String message, Throwable cause) {
        super(message, cause);
    }
}

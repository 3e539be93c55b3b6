package org.saydo.dict;

import java.util.List;
import java.util.Objects;

/**
 * A verb pattern line {@code - pre * post [CODE] # comment}. Immutable.
 *
 * @param pre elements before the verb, in written order
 * @param post elements after the verb, in written order
 * @param code the CAMEO code (active voice); {@code ---} is the null code (no event)
 * @param altCode the code after {@code :} in {@code [042:043]}: PETRARCH2's "inherent passive"
 *     meaning, used when the verb is in the passive voice; null if absent
 * @param comment the trailing comment ({@code ""} if none)
 * @param source file name
 * @param line line number in the file
 * @param text the pattern line as written, trimmed, without its comment
 */
public record VerbPattern(List<PatternElement> pre, List<PatternElement> post, String code, String altCode,
        String comment, String source, int line, String text) {

    public VerbPattern {
        pre = List.copyOf(pre);
        post = List.copyOf(post);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (line < 1) {
            throw new IllegalArgumentException("line < 1: " + line);
        }
    }

    /** @return provenance {@code FILE:LINE original-text}, e.g. {@code CAMEO.2.0.txt:719 - * AID [070]} */
    public String rule() {
        return source + ":" + line + " " + text;
    }

    /** @return true if the (active) code is the null code {@code ---} */
    public boolean isNull() {
        return VerbDictionary.NULL_CODE.equals(code);
    }
}

package org.saydo.dict;

import java.util.List;
import java.util.Objects;

/**
 * One verb of a verb block (a line such as {@code SAY {SAYS SAID SAYING}} or {@code +ASK_FOR [020]}).
 * Immutable.
 *
 * @param verb the base form of the verb word (for {@code +ASK_FOR}: {@code ASK})
 * @param before words that must come right before the verb word ({@code WIRE_+TAP}: [WIRE])
 * @param after words that must come right after the verb word ({@code +ASK_FOR}: [FOR])
 * @param forms every surface form of the verb word, base first (regular forms generated, or the
 *     base plus the irregular forms given in {@code {...}})
 * @param code the verb's own code, or the block's code when it has none
 * @param altCode the part after {@code :} of that code (passive meaning), or null
 * @param ownCode true if the verb line carried its own {@code [CODE]}
 * @param block the block name ({@code --- NAME [CODE] ---})
 * @param patterns the block's patterns
 * @param source {@code file:line} of the verb line
 */
public record VerbEntry(String verb, List<String> before, List<String> after, List<String> forms, String code,
        String altCode, boolean ownCode, String block, List<VerbPattern> patterns, String source) {

    public VerbEntry {
        Objects.requireNonNull(verb, "verb");
        before = List.copyOf(before);
        after = List.copyOf(after);
        forms = List.copyOf(forms);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(block, "block");
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(source, "source");
        if (forms.isEmpty() || !forms.get(0).equals(verb)) {
            throw new IllegalArgumentException("forms must start with the base form " + verb + ": " + forms);
        }
    }

    /** @return true if the verb has extra words ({@code ASK_FOR}, {@code WIRE_TAP}) */
    public boolean isMultiWord() {
        return !before.isEmpty() || !after.isEmpty();
    }

    /** @return the base phrase with blanks, e.g. {@code ASK FOR} */
    public String phrase() {
        StringBuilder sb = new StringBuilder();
        for (String w : before) {
            sb.append(w).append(' ');
        }
        sb.append(verb);
        for (String w : after) {
            sb.append(' ').append(w);
        }
        return sb.toString();
    }
}

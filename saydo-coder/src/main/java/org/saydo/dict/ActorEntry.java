package org.saydo.dict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor record: a primary phrase, its {@code +} synonyms, a default code and date
 * restrictions. Immutable.
 *
 * @param name the primary phrase, words separated by one blank ({@code MOHAMMAD ZAHIR SHAH})
 * @param synonyms the synonym phrases, words separated by one blank
 * @param defaultCode the code when no restriction applies ({@code [CODE]} on the primary line or an
 *     undated {@code \t[CODE]} line); null if none
 * @param restrictions date restrictions in file order; the first that applies wins
 * @param type the Saydo {@code #@ type=...} attribute, or null
 * @param source {@code file:line} of the primary phrase
 */
public record ActorEntry(String name, List<String> synonyms, String defaultCode, List<DateRestriction> restrictions,
        ActorType type, String source) {

    public ActorEntry {
        Objects.requireNonNull(name, "name");
        synonyms = List.copyOf(synonyms);
        restrictions = List.copyOf(restrictions);
        Objects.requireNonNull(source, "source");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank actor name at " + source);
        }
    }

    /**
     * @return the code in force on {@code date}: the first restriction (file order) whose inclusive
     *     bounds contain it, else the default code; empty if that is absent or the null code {@code ---}
     */
    public Optional<String> codeOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        String c = defaultCode;
        for (DateRestriction r : restrictions) {
            if (r.appliesOn(date)) {
                c = r.code();
                break;
            }
        }
        return c == null || c.equals(VerbDictionary.NULL_CODE) ? Optional.empty() : Optional.of(c);
    }

    /** @return true if the entry has date restrictions */
    public boolean isDated() {
        return !restrictions.isEmpty();
    }

    /** @return true if the entry is marked {@code #@ type=person} */
    public boolean isPerson() {
        return type == ActorType.PERSON;
    }
}

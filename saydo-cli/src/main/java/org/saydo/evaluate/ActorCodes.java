package org.saydo.evaluate;

import java.util.Objects;
import java.util.Set;

/**
 * How evaluation compares actors: by their primary code, so that a gold {@code RUSMIL} and a coded {@code RUSGOV}
 * are the same party while a gold {@code PSEREB} (Hamas) and a coded {@code PSE} are not.
 *
 * <p>The rule: a code that starts with an organisation prefix ({@code IGO}, {@code NGO}, {@code IMG},
 * {@code MNC}) keeps its first six letters ({@code IGOUNOIAE} → {@code IGOUNO}); any other keeps its three-letter
 * country code, followed by a role {@code REB}, {@code OPP} or {@code INS} when that comes right after it
 * ({@code PSEREBMIL} → {@code PSEREB}, {@code UKRMIL} → {@code UKR}). Stateless.
 */
public final class ActorCodes {

    /** Prefixes of organisation codes, whose identity is in the first six letters. */
    public static final Set<String> ORGANISATIONS = Set.of("IGO", "NGO", "IMG", "MNC");

    /** Roles that make a non-state party of a country's code (Hamas is {@code PSEREB}, not {@code PSE}). */
    public static final Set<String> NON_STATE_ROLES = Set.of("REB", "OPP", "INS");

    private ActorCodes() {
    }

    /** The primary code of an actor code by the rule above; a code shorter than three letters is kept whole. */
    public static String primary(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip();
        if (c.length() <= 3) {
            return c;
        }
        String head = c.substring(0, 3);
        if (ORGANISATIONS.contains(head)) {
            return c.substring(0, Math.min(6, c.length()));
        }
        if (c.length() >= 6 && NON_STATE_ROLES.contains(c.substring(3, 6))) {
            return c.substring(0, 6);
        }
        return head;
    }

    /** Whether two codes, either possibly null (no target), have the same primary code; null matches only null. */
    public static boolean samePrimary(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return primary(a).equals(primary(b));
    }
}

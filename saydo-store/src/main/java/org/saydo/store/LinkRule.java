package org.saydo.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.saydo.record.Modality;

/**
 * The rule that decides whether two coded events are reports of one real-world event. Immutable, so
 * thread-safe.
 *
 * <p>Two events are linked when all of these hold:
 * <ol>
 *   <li>their source actors match up to the actor hierarchy ({@link #sameActor(String, String)}), and so do
 *       their targets (two missing targets match; a missing target does not match a present one); for a
 *       consultation (root {@code 04}), which two parties do together, source and target may also match the
 *       other way round: "Putin met Witkoff" and "Witkoff met Putin" tell one meeting, "Witkoff visited
 *       Moscow" and "Moscow hosted Witkoff" one visit;</li>
 *   <li>their CAMEO codes have the same root (the first two digits: {@code 040} and {@code 043} match);</li>
 *   <li>their dates are at most {@code mergeDays} days apart (default 1); an event without a date is never
 *       linked;</li>
 *   <li>their modalities are compatible ({@link #modalityClass(Modality)}).</li>
 * </ol>
 *
 * <p>When several event keys qualify, {@link #choose(Anchor, List)} takes the closest in date, then the oldest.
 * The store ({@code RecordStore}) and the Spark job ({@code saydo-spark}) both link with this class.
 */
public record LinkRule(int mergeDays) {

    /** The default tolerance in days. */
    public static final int DEFAULT_MERGE_DAYS = 1;

    /** The CAMEO root of acts two parties do together, whichever of them a report names first: consult. */
    public static final String MUTUAL_ROOT = "04";

    public LinkRule {
        if (mergeDays < 0) {
            throw new IllegalArgumentException("mergeDays < 0: " + mergeDays);
        }
    }

    /** The rule with the default tolerance. */
    public static LinkRule standard() {
        return new LinkRule(DEFAULT_MERGE_DAYS);
    }

    /**
     * Whether two actor codes name the same actor up to the hierarchy: equal, or one is a prefix of the other
     * ending at a 3-letter boundary ({@code RUS} and {@code RUSGOV} match, {@code RUSGOV} and {@code RUSMIL} do
     * not, {@code RU} matches nothing but {@code RU}). Null matches only null.
     */
    public static boolean sameActor(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.equals(shorter) || (shorter.length() % 3 == 0 && longer.startsWith(shorter));
    }

    /**
     * The modality class an event merges within: {@code deed} for asserted and reported (the text or a quoted
     * source says it happened: the same deed, told directly or second-hand), and one class each for intent,
     * hypothetical, negated and background. A promise to meet is not the meeting, and a denied attack is not the
     * attack.
     */
    public static String modalityClass(Modality modality) {
        Objects.requireNonNull(modality, "modality");
        return switch (modality) {
            case ASSERTED, REPORTED -> "deed";
            case INTENT -> "intent";
            case HYPOTHETICAL -> "hypothetical";
            case NEGATED -> "negated";
            case BACKGROUND -> "background";
        };
    }

    /** The CAMEO root of a code: its first two digits. */
    public static String root(String cameo) {
        Objects.requireNonNull(cameo, "cameo");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + cameo + "'");
        }
        return cameo.substring(0, 2);
    }

    /** Whether two dates are within the tolerance; false when either is null. */
    public boolean closeEnough(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= mergeDays;
    }

    /** Whether an event links to an event key whose first event has the given anchor values. */
    public boolean links(Anchor event, Anchor key) {
        boolean parties = sameActor(event.source(), key.source()) && sameActor(event.target(), key.target())
                || event.root().equals(MUTUAL_ROOT) && event.target() != null
                && sameActor(event.source(), key.target()) && sameActor(event.target(), key.source());
        return event.root().equals(key.root())
                && event.modalityClass().equals(key.modalityClass())
                && parties
                && closeEnough(event.date(), key.date());
    }

    /**
     * The event key an event joins among {@code keys} (the anchors of the keys' first events, oldest first): one
     * the rule {@link #links(Anchor, Anchor) links} it to, the closest in date, then the oldest. Returns its index
     * in {@code keys}, or -1 when none qualifies (the event starts a key of its own).
     */
    public int choose(Anchor event, List<Anchor> keys) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(keys, "keys");
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < keys.size(); i++) {
            Anchor key = keys.get(i);
            if (links(event, key)) {
                long distance = Math.abs(ChronoUnit.DAYS.between(event.date(), key.date()));
                if (distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * A value two events share whenever the rule may link them, whatever the tolerance: the CAMEO root, the
     * modality class and the first three letters of each party's code (as an unordered pair for a consultation,
     * root {@code 04}). Events of different blocks never link, so linking can run block by block, in parallel.
     */
    public static String block(Anchor a) {
        Objects.requireNonNull(a, "a");
        String source = country(a.source());
        String target = country(a.target());
        String dyad = a.root().equals(MUTUAL_ROOT) && source.compareTo(target) > 0 ? target + "~" + source
                : a.root().equals(MUTUAL_ROOT) ? source + "~" + target : source + ">" + target;
        return a.root() + "|" + a.modalityClass() + "|" + dyad;
    }

    /** The part of a code every code it matches shares: its first three letters (all of a shorter code). */
    private static String country(String code) {
        if (code == null) {
            return "";
        }
        if (code.isEmpty()) {
            throw new IllegalArgumentException("an empty actor code matches every code; use null for none");
        }
        return code.substring(0, Math.min(3, code.length()));
    }

    /**
     * The values the rule compares.
     *
     * @param source source actor code, or null
     * @param target target actor code, or null
     * @param root CAMEO root
     * @param date event date, or null
     * @param modalityClass see {@link LinkRule#modalityClass(Modality)}
     */
    public record Anchor(String source, String target, String root, LocalDate date, String modalityClass) {

        public Anchor {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(modalityClass, "modalityClass");
        }
    }
}

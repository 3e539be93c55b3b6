package org.saydo.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;

/**
 * The features the proposer sees of one open candidate (a verb with a known actor as its subject and another as
 * its object, in a sentence the dictionaries coded nothing in): its sentence's embedding, the trigger's lemma, the
 * modality and date basis the coder's rules gave it, the roles of source and target ({@code GOV}, {@code MIL},
 * {@code REB}, ... or {@code state}, {@code igo}), and whether the target is the source's own country, and whether the
 * target was named or is the other side of the report's conflict. Names are
 * stable: they are the model's feature names. Stateless, thread-safe.
 */
public final class ProposalFeatures {

    /** The rule an open candidate records before its trigger's lemma (the coder's {@code OpenCandidates.RULE}). */
    public static final String OPEN_RULE = "open-candidate ";

    private ProposalFeatures() {
    }

    /** The features of {@code open}, an open candidate whose sentence embeds as {@code embedding}. */
    public static CandidateFeatures.Features of(Event open, float[] embedding) {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(embedding, "embedding");
        List<String> flags = new ArrayList<>();
        flags.add("lemma=" + lemma(open));
        flags.add("found=" + targetBasis(open));
        flags.add("modality=" + open.modality().label());
        flags.add("date=" + open.dateBasis().label());
        flags.add("source=" + kind(open.source()));
        flags.add("target=" + (open.target() == null ? "none" : kind(open.target())));
        if (open.target() != null) {
            flags.add(country(open.target().code()).equals(country(open.source().code())) ? "dyad=own" : "dyad=other");
        }
        return CandidateFeatures.features(embedding, flags);
    }

    /** The trigger's lemma, as the open candidate's rule records it (else its lower-cased word). */
    static String lemma(Event open) {
        String rule = open.provenance().rule();
        if (!rule.startsWith(OPEN_RULE)) {
            return open.provenance().trigger().strip().toLowerCase(Locale.ROOT);
        }
        String rest = rule.substring(OPEN_RULE.length());
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    /** How the open candidate's target was found: {@code named}, {@code other-side} or {@code no-target}. */
    static String targetBasis(Event open) {
        String rule = open.provenance().rule();
        return rule.endsWith(" other-side") ? "other-side" : rule.endsWith(" no-target") ? "no-target" : "named";
    }

    /** An actor's kind: its role after a country ({@code MIL}), {@code state}, or {@code igo} for an organisation. */
    static String kind(ActorRef a) {
        String code = a.code();
        if (code.startsWith("IGO")) {
            return "igo";
        }
        return code.length() > 3 ? code.substring(3, Math.min(6, code.length())) : "state";
    }

    private static String country(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }
}

package org.saydo.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The roles of the actors in the codes the coder emits, from {@code roles.txt}: one role after a country
 * ({@code RUSGOVUAF} → {@code RUSUAF}, {@code SDNREBUAF} → {@code SDNREB}), and the role through which a state named
 * by its name, its capital or a pronoun acts (it speaks through its government and fights through its forces:
 * "Moscow rejected" {@code RUSGOV}, "Russia struck" {@code RUSMIL}). Runs once per document on the coded events and
 * quotes. Immutable and thread-safe.
 */
final class ActorRoles {

    /** What the rule adds to an event's provenance rule when a named state takes a role. */
    static final String RULE = " + role: named state acts as ";

    private static final ActorRoles DEFAULTS = of(CueFile.resource("roles.txt",
            Set.of("group", "role", "compound", "source", "target")));

    private final Set<String> groups;
    private final Set<String> roles;
    private final Set<String> compounds;
    private final Map<String, String> sourceRoles;
    private final Map<String, String> targetRoles;

    private ActorRoles(Set<String> groups, Set<String> roles, Set<String> compounds, Map<String, String> sourceRoles,
            Map<String, String> targetRoles) {
        this.groups = Set.copyOf(groups);
        this.roles = Set.copyOf(roles);
        this.compounds = Set.copyOf(compounds);
        this.sourceRoles = Map.copyOf(sourceRoles);
        this.targetRoles = Map.copyOf(targetRoles);
    }

    /** The roles shipped with Saydo. */
    static ActorRoles defaults() {
        return DEFAULTS;
    }

    static ActorRoles of(CueFile file) {
        return new ActorRoles(roles(file, "group", 3), roles(file, "role", 3), roles(file, "compound", 6),
                byCode(file, "source"),
                byCode(file, "target"));
    }

    private static Set<String> roles(CueFile file, String kind, int letters) {
        Set<String> out = new java.util.HashSet<>();
        for (CueFile.Cue c : file.of(kind)) {
            for (String r : c.value().strip().split("\\s+")) {
                if (!r.matches("[A-Z]{" + letters + "}")) {
                    throw c.error("not a " + letters + "-letter " + kind + ": '" + r + "'");
                }
                out.add(r);
            }
        }
        return out;
    }

    private static Map<String, String> byCode(CueFile file, String kind) {
        Map<String, String> out = new HashMap<>();
        for (CueFile.Cue c : file.of(kind)) {
            String[] f = c.value().strip().split("\\s+");
            if (f.length < 2 || !f[0].matches("[A-Z]{3}|-")) {
                throw c.error("'" + kind + "' needs a three-letter role (or -) and CAMEO codes, got '"
                        + c.value() + "'");
            }
            for (int i = 1; i < f.length; i++) {
                if (!f[i].matches("\\d{2,4}")) {
                    throw c.error("not a CAMEO code: '" + f[i] + "'");
                }
                if (out.put(f[i], f[0]) != null) {
                    throw c.error("CAMEO code " + f[i] + " given a " + kind + " role twice");
                }
            }
        }
        return out;
    }


    /**
     * An actor code with one role after its country: the first non-state group role with the known groups after
     * it, else the last state role (or compound role ending the code), else the code itself; organisations' codes
     * and codes of one role or none are returned as they are.
     */
    String oneRole(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() <= 6 || ActorResolver.countryOf(code).equals(code)) {
            return code;
        }
        String country = code.substring(0, 3);
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (groups.contains(code.substring(i, i + 3))) {
                StringBuilder out = new StringBuilder(country).append(code, i, i + 3);
                for (int j = i + 3; j + 3 <= code.length(); j += 3) {
                    String known = code.substring(j, j + 3);
                    if (!roles.contains(known) && !groups.contains(known)) {
                        out.append(known); // Hamas: PSEREBHMS
                    }
                }
                return out.toString();
            }
        }
        if (code.length() >= 9 && compounds.contains(code.substring(code.length() - 6))) {
            return country + code.substring(code.length() - 6);
        }
        String last = null;
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (roles.contains(code.substring(i, i + 3))) {
                last = code.substring(i, i + 3);
            }
        }
        return last == null ? code : country + last;
    }

    /**
     * The role a named state takes as the source (or target) of an act of this CAMEO code, or null when it keeps
     * its bare code.
     */
    String roleOf(String cameo, boolean source) {
        Map<String, String> map = source ? sourceRoles : targetRoles;
        for (int n = cameo.length(); n >= 2; n--) {
            String r = map.get(cameo.substring(0, n));
            if (r != null) {
                return r.equals("-") ? null : r;
            }
        }
        return null;
    }

    /**
     * The events with their actors in one-role form, and a named state (one of {@code states}, or a bare country
     * code the sentence does not name: a side filled in from the context) given the role its act calls for.
     *
     * @param states the actors that name a state by its name, its capital or a pronoun standing for one
     */
    List<Event> apply(List<Event> events, Set<ActorRef> states) {
        Objects.requireNonNull(states, "states");
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            StringBuilder rule = new StringBuilder();
            ActorRef source = actor(e.source(), e.cameo(), true, states, rule);
            ActorRef target = e.target() == null ? null : actor(e.target(), e.cameo(), false, states, rule);
            if (source.equals(e.source()) && Objects.equals(target, e.target())) {
                out.add(e);
                continue;
            }
            if (target != null && target.code().equals(source.code())) {
                continue; // no act on oneself, also once the roles are settled
            }
            Provenance p = e.provenance();
            Provenance q = rule.length() == 0 ? p : new Provenance(p.docId(), p.doc(), p.sentence(), p.sentenceStart(),
                    p.sentenceEnd(), p.start(), p.end(), p.trigger(), p.triggerStart(), p.triggerEnd(),
                    p.rule() + rule, p.pipeline());
            out.add(new Event(source, target, e.cameo(), e.modality(), e.reportedBy(), e.date(), e.dateBasis(),
                    e.dateText(), e.text(), q, e.judge()));
        }
        return out;
    }

    /** The quotes with their speakers and addressees in one-role form. */
    List<Quote> apply(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            ActorRef speaker = q.speaker() == null ? null : withCode(q.speaker(), oneRole(q.speaker().code()));
            ActorRef target = q.target() == null ? null : withCode(q.target(), oneRole(q.target().code()));
            out.add(Objects.equals(speaker, q.speaker()) && Objects.equals(target, q.target()) ? q
                    : new Quote(speaker, target, q.quote(), q.direct(), q.verb(), q.cameo(), q.modality(), q.date(),
                            q.dateBasis(), q.dateText(), q.text(), q.provenance()));
        }
        return out;
    }

    private ActorRef actor(ActorRef a, String cameo, boolean source, Set<ActorRef> states, StringBuilder rule) {
        String code = oneRole(a.code());
        boolean state = code.length() == 3 && ActorResolver.isCountry(code)
                && (states.contains(a) || a.text().isEmpty());
        String role = state ? roleOf(cameo, source) : null;
        if (role != null) {
            code = code + role;
            rule.append(RULE).append(role).append(source ? " (source)" : " (target)");
        }
        return withCode(a, code);
    }

    private static ActorRef withCode(ActorRef a, String code) {
        return code.equals(a.code()) ? a : new ActorRef(code, a.name(), a.text());
    }
}

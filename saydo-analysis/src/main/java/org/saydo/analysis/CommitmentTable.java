package org.saydo.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the ledger's match table ({@code commitments.txt}, format in its header and in
 * {@code saydo-analysis/README.md}) into {@link Ledger.MatchRule}s, in file order. A rule with neither kept-by nor
 * broken-by outcomes is {@code unspecified}: the code does not say what was committed to; {@code standing} rules are
 * broken by any contrary deed, {@code once} rules settled by their first deciding deed. A bad line is an error
 * naming the file, the line and the reason. Stateless.
 */
public final class CommitmentTable {

    /** The resource of the standard table. */
    public static final String RESOURCE = "commitments.txt";

    private CommitmentTable() {
    }

    /** The standard table, from the resource beside this class. */
    public static List<Ledger.MatchRule> standard() {
        try (InputStream in = CommitmentTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": resource missing from the classpath");
            }
            return parse(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses a table; {@code name} names it in errors. */
    public static List<Ledger.MatchRule> parse(String name, InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        List<Ledger.MatchRule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                if (f.length != 6) {
                    throw bad(name, n, "expected 6 fields separated by ' | ', found " + f.length);
                }
                String rule = f[0].strip();
                if (!rule.matches("[a-z][a-z0-9-]*")) {
                    throw bad(name, n, "bad rule name '" + rule + "'");
                }
                if (!names.add(rule)) {
                    throw bad(name, n, "rule '" + rule + "' defined twice");
                }
                List<String> codes = new ArrayList<>();
                List<String> intents = new ArrayList<>();
                for (String c : f[1].strip().split("\\s+")) {
                    if (c.startsWith("intent:")) {
                        String p = c.substring("intent:".length());
                        intents.add(p.equals("*") ? "" : code(name, n, p));
                    } else {
                        codes.add(code(name, n, c));
                    }
                }
                String kept = f[2].strip();
                List<Ledger.Outcome> keptBy = kept.equals("unspecified") ? List.of() : outcomes(name, n, kept);
                if (!kept.equals("unspecified") && keptBy.isEmpty()) {
                    throw bad(name, n, "rule '" + rule + "' is kept by nothing (write 'unspecified' if the code does "
                            + "not say what was committed to)");
                }
                List<Ledger.Outcome> brokenBy = outcomes(name, n, f[3].strip());
                String settled = f[4].strip();
                if (!settled.equals("once") && !settled.equals("standing")) {
                    throw bad(name, n, "rule '" + rule + "': expected once or standing, not '" + settled + "'");
                }
                String label = f[5].strip();
                if (label.isEmpty()) {
                    throw bad(name, n, "rule '" + rule + "' has no label");
                }
                out.add(new Ledger.MatchRule(rule, label, codes, intents, keptBy, brokenBy, settled.equals("standing")));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + ": no rules");
        }
        return List.copyOf(out);
    }

    private static List<Ledger.Outcome> outcomes(String name, int n, String field) {
        List<Ledger.Outcome> out = new ArrayList<>();
        if (field.equals("-")) {
            return out;
        }
        for (String o : field.split("\\s+")) {
            int colon = o.indexOf(':');
            if (colon < 0) {
                throw bad(name, n, "outcome '" + o + "' is not WHO:CODES");
            }
            Ledger.Who who = switch (o.substring(0, colon)) {
                case "actor" -> Ledger.Who.ACTOR;
                case "target" -> Ledger.Who.TARGET;
                default -> throw bad(name, n, "outcome '" + o + "': expected actor or target before ':'");
            };
            List<String> codes = new ArrayList<>();
            for (String c : o.substring(colon + 1).split(",")) {
                codes.add(c.equals("=") ? "" : code(name, n, c));
            }
            out.add(new Ledger.Outcome(who, codes));
        }
        return out;
    }

    private static String code(String name, int n, String c) {
        if (!c.matches("\\d{2,4}")) {
            throw bad(name, n, "'" + c + "' is not a CAMEO code prefix (2 to 4 digits)");
        }
        return c;
    }

    private static IllegalArgumentException bad(String name, int line, String reason) {
        return new IllegalArgumentException(name + ":" + line + ": " + reason);
    }
}

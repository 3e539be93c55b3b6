package org.saydo.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The record's SQL is written once, in the dialect DuckDB runs; on PostgreSQL each statement is rewritten on its way
 * to the server by {@link #translate}, on a connection wrapped by {@link #translating}. The rewrites, each for a
 * DuckDB idiom PostgreSQL lacks:
 *
 * <ul>
 *   <li>{@code arg_min(a, b)} (the {@code a} of the least {@code b}, among rows with both not null) →
 *       {@code (array_agg(a ORDER BY b) FILTER (WHERE a IS NOT NULL AND b IS NOT NULL))[1]};</li>
 *   <li>{@code min(x, n)} (the n least values, a list) → {@code (array_agg(x ORDER BY x) FILTER (WHERE x IS NOT
 *       NULL))[1:n]};</li>
 *   <li>{@code list(...)} → {@code array_agg(...)}; {@code any_value(x)} → {@code min(x)} (any value: the least);</li>
 *   <li>{@code TRY_CAST(x AS INTEGER)} (null for what is not a number) → a {@code CASE} on the digits;</li>
 *   <li>{@code avg(...)} → its {@code DOUBLE PRECISION} (PostgreSQL averages decimals as decimals);
 *       {@code round(x, n)} rounds {@code x} as a decimal (PostgreSQL rounds doubles to whole numbers only);</li>
 *   <li>{@code regexp_extract(s, pattern, n)} → group n of {@code regexp_match}, {@code ''} without a match;
 *       {@code array_to_string} of an empty list is null, as in DuckDB;</li>
 *   <li>{@code DOUBLE} as a type → {@code DOUBLE PRECISION}; an empty list {@code []::T[]} →
 *       {@code ARRAY[]::T[]};</li>
 *   <li>a subquery in {@code FROM} without an alias gets one ({@code AS _q1}, ...).</li>
 * </ul>
 *
 * A {@code FILTER (WHERE ...)} after a rewritten aggregate moves inside it. String literals are left as they are.
 * Anything else must already be SQL both engines run (the contract tests run every reader and writer on both).
 * Stateless, thread-safe.
 */
final class PostgresSql {

    private PostgresSql() {
    }

    /** Words after a subquery that show it has no alias. */
    private static final Set<String> AFTER_SUBQUERY = Set.of("WHERE", "GROUP", "ORDER", "LIMIT", "OFFSET", "UNION",
            "HAVING", "WINDOW", "JOIN", "LEFT", "RIGHT", "INNER", "CROSS", "FULL", "EXCEPT", "INTERSECT", "ON");

    /** The PostgreSQL form of a statement written for DuckDB. */
    static String translate(String sql) {
        String s = sql;
        s = calls(s, "arg_min", (args, filter) -> args.length != 2 ? null : "(array_agg(" + args[0] + " ORDER BY "
                + args[1] + ") FILTER (WHERE " + args[0] + " IS NOT NULL AND " + args[1] + " IS NOT NULL"
                + and(filter) + "))[1]");
        s = calls(s, "min", (args, filter) -> args.length != 2 ? null : "(array_agg(" + args[0] + " ORDER BY "
                + args[0] + ") FILTER (WHERE " + args[0] + " IS NOT NULL" + and(filter) + "))[1:" + args[1] + "]");
        s = calls(s, "list", (args, filter) -> "array_agg(" + String.join(", ", args) + ")"
                + (filter == null ? "" : " FILTER (WHERE " + filter + ")"));
        s = calls(s, "any_value", (args, filter) -> "min(" + String.join(", ", args) + ")"
                + (filter == null ? "" : " FILTER (WHERE " + filter + ")"));
        s = calls(s, "avg", (args, filter) -> "CAST(avg(" + String.join(", ", args) + ")"
                + (filter == null ? "" : " FILTER (WHERE " + filter + ")") + " AS DOUBLE PRECISION)");
        s = calls(s, "regexp_extract", (args, filter) -> args.length != 3 || filter != null ? null
                : "CASE WHEN (" + args[0] + ") IS NULL THEN NULL ELSE coalesce((regexp_match(" + args[0] + ", "
                        + args[1] + "))[" + args[2] + "], '') END");
        s = calls(s, "TRY_CAST", (args, filter) -> {
            int as = args.length == 1 ? args[0].toUpperCase(Locale.ROOT).lastIndexOf(" AS ") : -1;
            if (as < 0 || !args[0].substring(as + 4).strip().equalsIgnoreCase("INTEGER")) {
                return null;
            }
            String x = args[0].substring(0, as);
            return "CASE WHEN trim(" + x + ") ~ '^[+-]?[0-9]{1,9}$' THEN CAST(trim(" + x + ") AS INTEGER) END";
        });
        s = calls(s, "round", (args, filter) -> args.length != 2 || filter != null ? null
                : "round(CAST(" + args[0] + " AS NUMERIC), " + args[1] + ")");
        s = calls(s, "array_to_string", (args, filter) -> filter != null ? null
                : "nullif(array_to_string(" + String.join(", ", args) + "), '')");
        s = doubles(s);
        s = emptyLists(s);
        s = aliases(s);
        return s;
    }

    private static String and(String filter) {
        return filter == null ? "" : " AND (" + filter + ")";
    }

    /** A connection whose statements are translated (see the class comment); everything else is passed through. */
    static Connection translating(Connection c) {
        return (Connection) Proxy.newProxyInstance(PostgresSql.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Translating(c));
    }

    private record Translating(Object target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (args != null && args.length > 0 && args[0] instanceof String sql && (name.startsWith("prepare")
                    || name.startsWith("execute") || name.equals("addBatch") || name.equals("nativeSQL"))) {
                args[0] = translate(sql);
            }
            if (name.equals("toString") && args == null) {
                return "translating " + target;
            }
            try {
                Object result = method.invoke(target, args);
                if (result instanceof Statement s && method.getReturnType() == Statement.class) {
                    return Proxy.newProxyInstance(PostgresSql.class.getClassLoader(),
                            new Class<?>[] {Statement.class}, new Translating(s));
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * Rewrites the calls of function {@code name} (a whole word, outside string literals), innermost first: {@code
     * rewrite} gets the call's top-level arguments and the condition of a {@code FILTER (WHERE ...)} after it (or
     * null), and returns the replacement of the call and its filter, or null to leave the call as it is.
     */
    static String calls(String sql, String name, BiFunction<String[], String, String> rewrite) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            int at = find(sql, name + "(", i);
            if (at < 0) {
                out.append(sql, i, sql.length());
                break;
            }
            out.append(sql, i, at);
            int open = at + name.length();
            int close = matching(sql, open);
            String inner = calls(sql.substring(open + 1, close), name, rewrite);
            String[] args = split(inner);
            int end = close + 1;
            String filter = null;
            int j = skipSpace(sql, end);
            if (sql.regionMatches(true, j, "FILTER", 0, 6)) {
                int k = skipSpace(sql, j + 6);
                if (k < sql.length() && sql.charAt(k) == '(') {
                    int fclose = matching(sql, k);
                    String body = sql.substring(k + 1, fclose).strip();
                    if (body.regionMatches(true, 0, "WHERE", 0, 5)) {
                        filter = body.substring(5).strip();
                        end = fclose + 1;
                    }
                }
            }
            String replaced = rewrite.apply(args, filter);
            if (replaced == null) {
                out.append(name).append('(').append(inner).append(')');
                i = close + 1;
            } else {
                out.append(replaced);
                i = end;
            }
        }
        return out.toString();
    }

    /** Gives every subquery in {@code FROM} without an alias one. */
    static String aliases(String sql) {
        StringBuilder out = new StringBuilder(sql);
        int n = 0;
        int i = 0;
        while (true) {
            int at = find(out, "FROM", i);
            if (at < 0) {
                return out.toString();
            }
            int open = skipSpace(out, at + 4);
            i = at + 4;
            if (open >= out.length() || out.charAt(open) != '(') {
                continue;
            }
            int close = matching(out, open);
            int next = skipSpace(out, close + 1);
            String word = word(out, next);
            boolean aliased = !word.isEmpty() && !AFTER_SUBQUERY.contains(word.toUpperCase(Locale.ROOT));
            if (!aliased) {
                String alias = " AS _q" + (++n);
                out.insert(close + 1, alias);
            }
        }
    }

    /** {@code DOUBLE} as a type name → {@code DOUBLE PRECISION}. */
    static String doubles(String sql) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = find(sql, "DOUBLE", i);
            if (at < 0) {
                return out.append(sql, i, sql.length()).toString();
            }
            out.append(sql, i, at + 6);
            i = at + 6;
            if (!word(sql, skipSpace(sql, i)).equalsIgnoreCase("PRECISION")) {
                out.append(" PRECISION");
            }
        }
    }

    /** An empty list literal {@code []::T[]} → {@code ARRAY[]::T[]} (outside string literals). */
    static String emptyLists(String sql) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && sql.startsWith("[]::", i) && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1))
                    && sql.charAt(i - 1) != ']' && sql.charAt(i - 1) != '_')) {
                out.append("ARRAY");
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The identifier starting at {@code i}, or "". */
    private static String word(CharSequence s, int i) {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        return s.subSequence(i, j).toString();
    }

    private static int skipSpace(CharSequence s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The next position of {@code token} at or after {@code from} outside string literals, starting a word (case
     * is ignored), or -1.
     */
    private static int find(CharSequence s, String token, int from) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                continue;
            }
            if (quoted || i < from) {
                continue;
            }
            boolean startsWord = i == 0 || !(Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_'
                    || s.charAt(i - 1) == '.');
            if (startsWord && i + token.length() <= s.length()
                    && s.subSequence(i, i + token.length()).toString().equalsIgnoreCase(token)) {
                int end = i + token.length();
                boolean endsWord = token.endsWith("(") || end == s.length()
                        || !(Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_');
                if (endsWord) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The position of the parenthesis that closes the one at {@code open}, skipping string literals. */
    private static int matching(CharSequence s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in SQL at " + open + ": " + s);
    }

    /** The top-level, comma-separated arguments of a call's inside, stripped. */
    private static String[] split(String inner) {
        java.util.List<String> args = new java.util.ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                args.add(inner.substring(start, i).strip());
                start = i + 1;
            }
        }
        args.add(inner.substring(start).strip());
        return args.toArray(String[]::new);
    }
}

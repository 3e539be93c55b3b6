package org.saydo.store;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.PGConnection;

/**
 * A record in a PostgreSQL database, for a team: several processes ({@code saydo ingest}, {@code saydo serve})
 * write it at once. Writers take turns per transaction on a transaction-scoped advisory lock named after the
 * record's schema ({@code pg_advisory_xact_lock}); readers never wait for it. Rows are written in bulk with
 * {@code COPY ... FROM STDIN}. Statements are written for DuckDB and rewritten for PostgreSQL on the way
 * ({@link PostgresSql}). Stateless, thread-safe.
 */
final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    /**
     * A PostgreSQL location: {@code postgresql://[user[:password]@]host[:port]/db[?param=value&...]}
     * ({@code postgres://} and {@code jdbc:postgresql://} too). Parameters go to the JDBC driver as they are
     * ({@code sslmode}, {@code currentSchema}, ...).
     *
     * @param jdbc the driver's URL, without user and password
     * @param user the user: from the URL, else {@code PGUSER}, else the system user
     * @param password from the URL, else {@code PGPASSWORD}, else null
     */
    record Url(String jdbc, String user, String password) {

        static Url parse(String location) {
            return parse(location, System.getenv());
        }

        static Url parse(String location, Map<String, String> env) {
            Objects.requireNonNull(location, "location");
            String s = location.startsWith("jdbc:") ? location.substring(5) : location;
            URI u;
            try {
                u = new URI(s);
            } catch (URISyntaxException e) {
                throw new StoreException(safe(location) + ": not a PostgreSQL URL: " + e.getReason()
                        + " (expected postgresql://[user[:password]@]host[:port]/db)");
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceFirst("^/", "");
            if (u.getHost() == null || path.isEmpty() || path.contains("/")) {
                throw new StoreException(safe(location) + ": not a PostgreSQL URL: it needs a host and a database "
                        + "(postgresql://[user[:password]@]host[:port]/db)");
            }
            String user = env.get("PGUSER");
            String password = env.get("PGPASSWORD");
            if (u.getRawUserInfo() != null) {
                String[] parts = u.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                if (parts.length > 1) {
                    password = decode(parts[1]);
                }
            }
            if (user == null || user.isEmpty()) {
                user = System.getProperty("user.name");
            }
            String jdbc = "jdbc:postgresql://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + "/" + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            return new Url(jdbc, user, password);
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        private static String safe(String location) {
            return location.replaceFirst("(//[^:/@]*):[^@/]*@", "$1@");
        }
    }

    @Override
    public String engine() {
        return "PostgreSQL";
    }

    @Override
    public Connection connect(StoreLocation location, boolean readOnly) {
        Url url = Url.parse(location.file());
        Properties props = new Properties();
        props.setProperty("user", url.user());
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        props.setProperty("ApplicationName", "saydo");
        try {
            Connection c = DriverManager.getConnection(url.jdbc(), props);
            if (readOnly) {
                c.setReadOnly(true);
            }
            return PostgresSql.translating(c);
        } catch (SQLException e) {
            throw new StoreException(location + ": cannot connect to PostgreSQL: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    /** Takes the record's advisory lock until the transaction ends. */
    @Override
    public boolean lockWriters(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(hashtext('saydo record ' || current_schema()))");
        }
        return true;
    }

    @Override
    public void analyze(Connection c, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE " + String.join(", ", tables));
        }
    }

    /**
     * Writes the rows with {@code COPY table FROM STDIN} (text format): one round trip per table, within the running
     * transaction. Values: null, String, Long, Integer, Double, Boolean, LocalDate, LocalDateTime.
     */
    @Override
    public void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                copyValue(text, row[i]);
            }
            text.append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot copy rows into " + table + ": " + e.getMessage(), e);
        }
    }

    /** One value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    static void copyValue(StringBuilder out, Object v) {
        if (v == null) {
            out.append("\\N");
        } else if (v instanceof String x) {
            for (int i = 0; i < x.length(); i++) {
                char ch = x.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        } else if (v instanceof Long || v instanceof Integer || v instanceof java.time.LocalDate
                || v instanceof java.time.LocalDateTime) {
            out.append(v);
        } else if (v instanceof Double x) {
            out.append(Double.isNaN(x) ? "NaN" : x.isInfinite() ? (x > 0 ? "Infinity" : "-Infinity") : x.toString());
        } else if (v instanceof Boolean x) {
            out.append(x ? 't' : 'f');
        } else {
            throw new IllegalArgumentException("no COPY text for " + v.getClass().getName() + ": " + v);
        }
    }
}

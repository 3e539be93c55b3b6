package org.saydo.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The engines a record can be kept in, for the store contract tests: every {@code @ParameterizedTest} over this
 * enum runs once on a DuckDB file and once on PostgreSQL. The PostgreSQL cases need a server named by the
 * environment variable {@value #VARIABLE} ({@code postgresql://user:password@host:port/db}, a database the user may
 * create schemas in; {@code .ci/run} starts one); without it, or when it does not answer, they are skipped with a
 * message saying how to run them. Each test gets a new empty record: a file in its temporary directory, or a new
 * schema of the test database (dropped when the JVM exits).
 */
public enum StoreBackend {
    DUCKDB, POSTGRESQL;

    /** The environment variable (or system property) that names the test database. */
    public static final String VARIABLE = "SAYDO_TEST_PG";

    private static final String HOW = "to run them, start PostgreSQL and set " + VARIABLE
            + "=postgresql://USER:PASSWORD@HOST:PORT/DATABASE (a database USER may create schemas in), as .ci/run does";

    /** Why the PostgreSQL cases are skipped, or null when the server answers; computed once. */
    private static String unavailable;
    private static boolean checked;
    private static final List<String> SCHEMAS = new ArrayList<>();

    /** The test database's URL, or null. */
    public static String url() {
        String url = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        return url == null || url.isBlank() ? null : url.strip();
    }

    private static synchronized void requireServer() {
        if (!checked) {
            checked = true;
            String url = url();
            if (url == null) {
                unavailable = "PostgreSQL store tests skipped: " + VARIABLE + " is not set; " + HOW;
            } else {
                try (Connection c = PostgresDialect.INSTANCE.connect(StoreLocation.parse(url), false)) {
                    c.isValid(5);
                } catch (RuntimeException | SQLException e) {
                    unavailable = "PostgreSQL store tests skipped: " + e.getMessage() + "; " + HOW;
                }
            }
            if (unavailable != null) {
                System.err.println("saydo: " + unavailable);
            } else {
                Runtime.getRuntime().addShutdownHook(new Thread(StoreBackend::dropSchemas));
            }
        }
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    /**
     * A new empty record of this engine. For PostgreSQL, skips the calling test when there is no server.
     *
     * @param dir the test's temporary directory (for DuckDB)
     */
    public StoreLocation fresh(Path dir) {
        if (this == DUCKDB) {
            return new StoreLocation(dir.resolve("saydo-" + UUID.randomUUID() + ".duckdb").toString());
        }
        requireServer();
        String schema = "saydo_test_" + UUID.randomUUID().toString().replace("-", "");
        StoreLocation admin = StoreLocation.parse(url());
        execute(admin, "CREATE SCHEMA " + schema);
        synchronized (SCHEMAS) {
            SCHEMAS.add(schema);
        }
        return StoreLocation.parse(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** Runs statements on a record directly, as another tool would (to age or damage it). */
    public static void execute(StoreLocation location, String... statements) {
        try (Connection c = location.dialect().connect(location, false); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(location + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of a query on a record. */
    public static Object query(StoreLocation location, String sql) {
        try (Connection c = location.dialect().connect(location, false); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(location + ": " + e.getMessage(), e);
        }
    }

    private static void dropSchemas() {
        synchronized (SCHEMAS) {
            if (SCHEMAS.isEmpty()) {
                return;
            }
            try (Connection c = PostgresDialect.INSTANCE.connect(StoreLocation.parse(url()), false);
                    Statement s = c.createStatement()) {
                for (String schema : SCHEMAS) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            } catch (RuntimeException | SQLException e) {
                System.err.println("saydo: could not drop the test schemas: " + e.getMessage());
            }
        }
    }
}

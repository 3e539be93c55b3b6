package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rewrites of DuckDB's idioms for PostgreSQL (what PostgreSQL then makes of them: the contract tests). */
class PostgresSqlTest {

    @Test
    void argMinBecomesTheFirstOfAnOrderedArrayOfItsNonNullValuesAndTakesItsFilterInside() {
        assertThat(PostgresSql.translate("SELECT arg_min(e.cameo, e.id) AS c FROM events e GROUP BY e.event_key"))
                .isEqualTo("SELECT (array_agg(e.cameo ORDER BY e.id) FILTER (WHERE e.cameo IS NOT NULL AND e.id IS NOT "
                        + "NULL))[1] AS c FROM events e GROUP BY e.event_key");
        assertThat(PostgresSql.translate("SELECT arg_min(quad, id) FILTER (WHERE quad > 1) FROM events"))
                .isEqualTo("SELECT (array_agg(quad ORDER BY id) FILTER (WHERE quad IS NOT NULL AND id IS NOT NULL AND "
                        + "(quad > 1)))[1] FROM events");
    }

    @Test
    void theLeastNValuesAreASliceAndOneArgumentMinStays() {
        assertThat(PostgresSql.translate("SELECT min(xk, 3) FILTER (WHERE status = 'kept'), min(d) FROM m"))
                .isEqualTo("SELECT (array_agg(xk ORDER BY xk) FILTER (WHERE xk IS NOT NULL AND (status = 'kept')))[1:3], "
                        + "min(d) FROM m");
    }

    @Test
    void listsAveragesRegexpsAndDoublesAreSpelledThePostgresWay() {
        assertThat(PostgresSql.translate("SELECT list(DISTINCT o ORDER BY o) FILTER (WHERE o IS NOT NULL), "
                + "avg(g::DECIMAL(9,2)) FILTER (WHERE k = 'w'), g::DOUBLE, any_value(x) FROM t"))
                .isEqualTo("SELECT array_agg(DISTINCT o ORDER BY o) FILTER (WHERE o IS NOT NULL), "
                        + "CAST(avg(g::DECIMAL(9,2)) FILTER (WHERE k = 'w') AS DOUBLE PRECISION), g::DOUBLE PRECISION, "
                        + "min(x) FROM t");
        assertThat(PostgresSql.translate("SELECT regexp_extract(url, '^[a-z]+://([^/]+)', 1) FROM d"))
                .isEqualTo("SELECT CASE WHEN (url) IS NULL THEN NULL ELSE coalesce((regexp_match(url, "
                        + "'^[a-z]+://([^/]+)'))[1], '') END FROM d");
        assertThat(PostgresSql.translate("SELECT coalesce(r.outlets, []::VARCHAR[]), ?::BIGINT[] FROM r"))
                .isEqualTo("SELECT coalesce(r.outlets, ARRAY[]::VARCHAR[]), ?::BIGINT[] FROM r");
        assertThat(PostgresSql.translate("SELECT round(sum(g) FILTER (WHERE k = 1), 2)::DOUBLE / 3, round(x) FROM t"))
                .isEqualTo("SELECT round(CAST(sum(g) FILTER (WHERE k = 1) AS NUMERIC), 2)::DOUBLE PRECISION / 3, round(x) "
                        + "FROM t");
        assertThat(PostgresSql.translate("SELECT TRY_CAST(substr(cameo, 1, 2) AS INTEGER), TRY_CAST(x AS DATE) FROM t"))
                .isEqualTo("SELECT CASE WHEN trim(substr(cameo, 1, 2)) ~ '^[+-]?[0-9]{1,9}$' THEN CAST(trim(substr(cameo, 1, "
                        + "2)) AS INTEGER) END, TRY_CAST(x AS DATE) FROM t");
        assertThat(PostgresSql.translate("CREATE TABLE t (g DOUBLE, h DOUBLE PRECISION)"))
                .isEqualTo("CREATE TABLE t (g DOUBLE PRECISION, h DOUBLE PRECISION)");
    }

    @Test
    void subqueriesWithoutAnAliasGetOneAndLiteralsAreLeftAlone() {
        assertThat(PostgresSql.translate("SELECT * FROM (SELECT a FROM (SELECT 1 AS a) WHERE a = 1) ORDER BY a"))
                .isEqualTo("SELECT * FROM (SELECT a FROM (SELECT 1 AS a) AS _q2 WHERE a = 1) AS _q1 ORDER BY a");
        assertThat(PostgresSql.translate("SELECT x FROM (SELECT 1 AS x) t WHERE y IN (SELECT z FROM (VALUES (1)) v(z))"))
                .isEqualTo("SELECT x FROM (SELECT 1 AS x) t WHERE y IN (SELECT z FROM (VALUES (1)) v(z))");
        assertThat(PostgresSql.translate("SELECT 'list(a) FROM (b) DOUBLE' FROM t"))
                .isEqualTo("SELECT 'list(a) FROM (b) DOUBLE' FROM t");
    }
}

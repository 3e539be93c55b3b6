package org.saydo.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.saydo.doc.BadDocumentException;

/**
 * One row of a GDELT 2.0 event export, as read: the 61 tab-separated columns of the GDELT Event codebook V2.0
 * (see {@link #COLUMN_NAMES}) and where it came from. Immutable.
 *
 * @param where {@code file:line} of the row
 * @param columns the 61 columns as written
 */
public record GdeltEvent(String where, List<String> columns) {

    /** The columns of a GDELT 2.0 event row, in file order (GDELT Event codebook V2.0). */
    public static final List<String> COLUMN_NAMES = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** The number of columns of a GDELT 2.0 event row. */
    public static final int COLUMNS = 61;

    static final int GLOBALEVENTID = 0;
    static final int SQLDATE = 1;
    static final int ACTOR1_CODE = 5;
    static final int ACTOR1_NAME = 6;
    static final int ACTOR2_CODE = 15;
    static final int ACTOR2_NAME = 16;
    static final int EVENT_CODE = 26;
    static final int QUAD_CLASS = 29;
    static final int GOLDSTEIN = 30;
    static final int SOURCEURL = 60;

    private static final DateTimeFormatter SQL_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public GdeltEvent {
        Objects.requireNonNull(where, "where");
        columns = List.copyOf(columns);
        if (columns.size() != COLUMNS) {
            throw new BadDocumentException(where, "expected " + COLUMNS + " tab-separated columns, found "
                    + columns.size());
        }
    }

    /**
     * Parses one line of an export. Throws {@link BadDocumentException} naming {@code where} when the line has
     * the wrong number of columns or a bad id, date, event code, QuadClass or Goldstein value.
     */
    public static GdeltEvent parse(String where, String line) {
        Objects.requireNonNull(line, "line");
        GdeltEvent row = new GdeltEvent(where, List.of(line.split("\t", -1)));
        row.globalEventId();
        row.date();
        row.eventCode();
        row.quadClass();
        row.goldstein();
        return row;
    }

    /** GDELT's id of the event. */
    public long globalEventId() {
        try {
            return Long.parseLong(columns.get(GLOBALEVENTID));
        } catch (NumberFormatException e) {
            throw bad("GLOBALEVENTID", GLOBALEVENTID);
        }
    }

    /** The event's date (SQLDATE). */
    public LocalDate date() {
        try {
            return LocalDate.parse(columns.get(SQLDATE), SQL_DATE);
        } catch (DateTimeParseException e) {
            throw bad("SQLDATE", SQLDATE);
        }
    }

    /** Actor1Code, or null when empty. */
    public String actor1Code() {
        return blankToNull(columns.get(ACTOR1_CODE));
    }

    /** Actor1Name, or null when empty. */
    public String actor1Name() {
        return blankToNull(columns.get(ACTOR1_NAME));
    }

    /** Actor2Code, or null when empty. */
    public String actor2Code() {
        return blankToNull(columns.get(ACTOR2_CODE));
    }

    /** Actor2Name, or null when empty. */
    public String actor2Name() {
        return blankToNull(columns.get(ACTOR2_NAME));
    }

    /** The CAMEO event code (EventCode). */
    public String eventCode() {
        String code = columns.get(EVENT_CODE);
        if (!code.matches("\\d{2,4}")) {
            throw bad("EventCode", EVENT_CODE);
        }
        return code;
    }

    /** QuadClass, 1 to 4. */
    public int quadClass() {
        try {
            int quad = Integer.parseInt(columns.get(QUAD_CLASS));
            if (quad >= 1 && quad <= 4) {
                return quad;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("QuadClass", QUAD_CLASS);
    }

    /** GoldsteinScale, or null when empty. */
    public Double goldstein() {
        if (columns.get(GOLDSTEIN).isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(columns.get(GOLDSTEIN));
        } catch (NumberFormatException e) {
            throw bad("GoldsteinScale", GOLDSTEIN);
        }
    }

    /** SOURCEURL, or null when empty. */
    public String sourceUrl() {
        return blankToNull(columns.get(SOURCEURL));
    }

    /** The row as GDELT wrote it: the columns joined by tabs. */
    public String line() {
        return String.join("\t", columns);
    }

    private BadDocumentException bad(String name, int column) {
        return new BadDocumentException(where, "bad " + name + " (column " + (column + 1) + "): '"
                + columns.get(column) + "'");
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}

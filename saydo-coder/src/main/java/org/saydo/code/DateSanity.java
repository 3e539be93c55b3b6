package org.saydo.code;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;

/**
 * Checks a date resolved from the text against the document's publication date, where the coder resolves dates.
 * A date from the text ({@link DateBasis#TEXT}) becomes {@link DateBasis#TEXT_IMPLAUSIBLE} when
 *
 * <ul>
 *   <li>the act is past — asserted, reported, negated, background, or a quote (said before it was published) — and
 *       its date is more than {@value #FUTURE_TOLERANCE} day(s) after the publication date (a report cannot tell
 *       of what has not happened; one day allows for time zones), or</li>
 *   <li>the expression is relative — it names no year ("on Tuesday", "last month", "in March") nor a span of
 *       months or years ("a year after", "two years ago") — and its date lies more than {@value #RELATIVE_LIMIT}
 *       days from the publication date, before or after (a weekday or a month without a year is within the year
 *       around the report).</li>
 * </ul>
 *
 * Intents and hypotheticals may lie in the future ("will meet on Friday"); they are checked by the second rule only.
 * Other bases and documents without a publication date are returned unchanged. Stateless and thread-safe.
 */
public final class DateSanity {

    /** Days a past act may lie after its document's publication (time zones). */
    public static final int FUTURE_TOLERANCE = 1;
    /** Days a relative expression may resolve from the publication date. */
    public static final int RELATIVE_LIMIT = 366;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]|20)\\d\\d(?!\\d)");

    /** A weekday's name ("Saturday", "Saturday morning", "late on Friday"). */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /** A weekday's name or a weekend ("over the weekend", "last weekend"), which names a day of some week. */
    private static final Pattern DAY_OF_WEEK = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\\b");

    /** A month's name or a numeric date, which pins a day to more than its week. */
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d");

    private DateSanity() {
    }

    /**
     * The day a weekday names for a past act: a weekday or a weekend alone ("on Saturday morning", "over the
     * weekend") names the last such day up to the report, so a day the parser put after the publication (past the
     * time-zone tolerance) is taken back by whole weeks. Intents and hypotheticals, expressions with a month or a
     * number, and documents without a publication date keep the date as resolved (null stays null).
     *
     * @param date the resolved date
     * @param modality the act's (or the quote's) modality
     * @param published the document's publication date, or null
     * @param text the time expression's words, or null
     */
    public static LocalDate lastWeekday(LocalDate date, Modality modality, LocalDate published, String text) {
        if (date == null || published == null || text == null || modality == Modality.INTENT
                || modality == Modality.HYPOTHETICAL || !DAY_OF_WEEK.matcher(text).find()
                || MONTH.matcher(text).find()) {
            return date;
        }
        LocalDate day = date;
        while (ChronoUnit.DAYS.between(published, day) > FUTURE_TOLERANCE) {
            day = day.minusWeeks(1);
        }
        return day;
    }

    /** Words that put a weekday in a week before the report's ("last Friday", "the previous Monday"). */
    private static final Pattern BACK = Pattern.compile("(?i)\\b(last|past|previous|preceding|earlier)\\b");

    /**
     * dates29: the day a weekday names for an act still to come: a weekday alone ("on Thursday", "on Friday
     * morning") names the next such day from the report on, so a day the parser put before the publication (it
     * reads "is due to meet on Thursday" or "plans to visit on Friday" as past) is moved on by whole weeks.
     * Expressions with a month, a number or a word for an earlier week ("last Friday"), and documents without a
     * publication date, keep the date as resolved (null stays null). The caller decides that the act is to come
     * (an intent or a hypothetical told in a tense that is not past).
     *
     * @param date the resolved date
     * @param published the document's publication date, or null
     * @param text the time expression's words, or null
     */
    public static LocalDate nextWeekday(LocalDate date, LocalDate published, String text) {
        if (date == null || published == null || text == null || !WEEKDAY.matcher(text).find()
                || MONTH.matcher(text).find() || BACK.matcher(text).find() || text.contains("(from")) {
            return date; // "(from": a day counted from another the text named ("the next day (from Monday)")
        }
        LocalDate day = date;
        while (day.isBefore(published)) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    /** A month's name ("in May", "on March 3", "since Sept. 12"). */
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b");

    /**
     * The day a month's name without a year names for a past act: the last such month up to the report ("since May"
     * in a March report is last year's May, "on November 3" in a January report last November), so a day the parser
     * put after the publication (past the time-zone tolerance) is taken back by whole years. Intents and
     * hypotheticals, expressions with a year or a weekday ({@link #lastWeekday}'s), and documents without a
     * publication date keep the date as resolved (null stays null).
     *
     * @param date the resolved date
     * @param modality the act's (or the quote's) modality
     * @param published the document's publication date, or null
     * @param text the time expression's words, or null
     */
    public static LocalDate lastMonth(LocalDate date, Modality modality, LocalDate published, String text) {
        if (date == null || published == null || text == null || modality == Modality.INTENT
                || modality == Modality.HYPOTHETICAL || !MONTH_NAME.matcher(text).find()
                || YEAR.matcher(text).find() || WEEKDAY.matcher(text).find()) {
            return date;
        }
        LocalDate day = date;
        while (ChronoUnit.DAYS.between(published, day) > FUTURE_TOLERANCE) {
            day = day.minusYears(1);
        }
        return day;
    }

    /** A span of months or years from another time, which may reach more than a year: "a year after", "two years ago". */
    private static final Pattern SPAN = Pattern.compile(
            "(?i)\\b(months?|years?)\\s+(ago|earlier|later|after|before)\\b");

    /** A span counted back from the report: "three months ago", "a year earlier". */
    private static final Pattern SPAN_BACK = Pattern.compile("(?i)\\b(months?|years?)\\s+(ago|earlier)\\b");

    /**
     * The day a time told as a span of months or years back from the report names: the first of its month ("three
     * months ago" in a report of 20 September is June, as "in June" is the first of June); any other date as it
     * is (null stays null).
     *
     * @param date the resolved date
     * @param text the time expression's words, or null
     */
    public static LocalDate spanMonth(LocalDate date, String text) {
        return date != null && text != null && SPAN_BACK.matcher(text).find() ? date.withDayOfMonth(1) : date;
    }

    /**
     * The day a time expression names for an act of this modality: {@link #lastWeekday}, {@link #lastMonth} and
     * {@link #spanMonth} in turn (null stays null).
     *
     * @param date the resolved date
     * @param modality the act's (or the quote's) modality
     * @param published the document's publication date, or null
     * @param text the time expression's words, or null
     */
    public static LocalDate day(LocalDate date, Modality modality, LocalDate published, String text) {
        return spanMonth(lastMonth(lastWeekday(date, modality, published, text), modality, published, text), text);
    }

    /**
     * Whether a time expression names its report's own day only by reference to it ("today", "later in the day",
     * "this morning"): resolved to the publication date, with no weekday, month or number of its own. A copy of a
     * wire story tells such a day as the wire's.
     *
     * @param date the resolved date, or null
     * @param published the document's publication date, or null
     * @param text the time expression's words, or null
     */
    public static boolean reportsDay(LocalDate date, LocalDate published, String text) {
        return date != null && date.equals(published) && text != null && !WEEKDAY.matcher(text).find()
                && !MONTH_NAME.matcher(text).find() && !text.matches("(?s).*\\d.*");
    }

    /**
     * The basis to record.
     *
     * @param date the resolved date (null: unchanged)
     * @param basis the basis as resolved
     * @param modality the act's (or the quote's) modality
     * @param published the document's publication date, or null
     * @param text the time expression's words, or null
     */
    public static DateBasis check(LocalDate date, DateBasis basis, Modality modality, LocalDate published,
            String text) {
        if (basis != DateBasis.TEXT || date == null || published == null) {
            return basis;
        }
        boolean future = modality == Modality.INTENT || modality == Modality.HYPOTHETICAL;
        long after = ChronoUnit.DAYS.between(published, date);
        if (!future && after > FUTURE_TOLERANCE) {
            return DateBasis.TEXT_IMPLAUSIBLE;
        }
        if (text != null && !YEAR.matcher(text).find() && !SPAN.matcher(text).find()
                && Math.abs(after) > RELATIVE_LIMIT) {
            return DateBasis.TEXT_IMPLAUSIBLE;
        }
        return basis;
    }
}

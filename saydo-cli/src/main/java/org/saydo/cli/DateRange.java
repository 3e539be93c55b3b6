package org.saydo.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --from DATE --to DATE} options (a picocli mixin): inclusive dates, {@code YYYY-MM-DD}, either may be
 * left out. A value that is not a date, or a {@code --from} after {@code --to}, is a usage error naming the option.
 * Not thread-safe; one per command instance.
 */
public final class DateRange {

    @Option(names = "--from", paramLabel = "DATE", converter = IsoDate.class,
            description = "first date, YYYY-MM-DD, inclusive")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = IsoDate.class,
            description = "last date, YYYY-MM-DD, inclusive")
    LocalDate to;

    /** The first date, or null. */
    LocalDate from() {
        return from;
    }

    /** The last date, or null. */
    LocalDate to() {
        return to;
    }

    /** Checks that the range is not reversed. */
    DateRange check(CommandSpec spec) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return this;
    }

    /** Parses an ISO date; the message quotes the bad value. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
            }
        }
    }
}

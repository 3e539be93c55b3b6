package org.saydo.cli;

import java.util.Locale;
import java.util.function.Function;
import org.saydo.analysis.Ledger;
import org.saydo.analysis.Period;
import org.saydo.record.Modality;
import org.saydo.store.ExportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters of the options whose values are lower-case labels of an enum ({@code --by week},
 * {@code --status kept}, {@code --format csv}): each parses with its type's own {@code parse}, whose message
 * names the bad value and the expected ones; picocli adds the option. Stateless, thread-safe.
 */
final class Labels {

    private Labels() {
    }

    /** A converter by a parse function that throws {@link IllegalArgumentException} naming the bad value. */
    abstract static class ByLabel<T> implements ITypeConverter<T> {
        private final Function<String, T> parse;

        ByLabel(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --by day|week|month}. */
    static final class PeriodLabel extends ByLabel<Period> {
        PeriodLabel() {
            super(Period::parse);
        }
    }

    /** {@code --modality asserted|reported|intent|hypothetical|negated|background}. */
    static final class ModalityLabel extends ByLabel<Modality> {
        ModalityLabel() {
            super(label -> Modality.parse(label.strip()));
        }
    }

    /** {@code --status kept|broken|pending|inconclusive}. */
    static final class StatusLabel extends ByLabel<Ledger.Status> {
        StatusLabel() {
            super(Ledger.Status::parse);
        }
    }

    /** {@code export --format jsonl|csv|parquet|gdelt}. */
    static final class ExportFormatLabel extends ByLabel<ExportFormat> {
        ExportFormatLabel() {
            super(ExportFormat::parse);
        }
    }

    /** The output formats of the analyses: {@code --format table|json|csv}. */
    enum AnalysisFormat {
        TABLE, JSON, CSV;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        static AnalysisFormat parse(String label) {
            for (AnalysisFormat f : values()) {
                if (f.toString().equals(label)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + label + "' (expected table, json or csv)");
        }
    }

    /** {@code --format table|json|csv} of the analyses. */
    static final class AnalysisFormatLabel extends ByLabel<AnalysisFormat> {
        AnalysisFormatLabel() {
            super(AnalysisFormat::parse);
        }
    }

    /** The output formats of {@code saydo events}: {@code --format table|jsonl|csv}. */
    enum EventsFormat {
        TABLE, JSONL, CSV;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        static EventsFormat parse(String label) {
            for (EventsFormat f : values()) {
                if (f.toString().equals(label)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown --format '" + label + "' (expected table, jsonl or csv)");
        }
    }

    /** {@code events --format table|jsonl|csv}. */
    static final class EventsFormatLabel extends ByLabel<EventsFormat> {
        EventsFormatLabel() {
            super(EventsFormat::parse);
        }
    }
}

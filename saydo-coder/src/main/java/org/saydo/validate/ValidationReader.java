package org.saydo.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.saydo.doc.LineReader;

/**
 * Reads PETRARCH/TABARI validation files ({@code PETR.UnitTest.records.xml}): the {@code <Environment>} and the
 * {@code <Sentence>} records with their {@code <EventCoding>} children and {@code <Text>}.
 *
 * <p>Forms accepted, all seen in the PETRARCH suite:
 * <ul>
 * <li>{@code <EventCoding sourcecode targetcode eventcode>}, several per record; a code written with its own
 *     quotes ({@code '"INJURY TOLL"'}, PETRARCH's "new actor" output) keeps its text without the quotes;</li>
 * <li>{@code <EventCoding noevents="True">}: no codings expected;</li>
 * <li>{@code <EventCoding error="dateline">} (or another reason): PETRARCH rejects the record, no codings
 *     expected;</li>
 * <li>{@code <Sentence date="YYYYMMDD" id category sentence>} in any attribute order; {@code sentence} is
 *     ignored; the date may also be written {@code YYYY-MM-DD}. Ids need not be unique (the suite repeats
 *     {@code AGENTS-18}): results name the line too. A record without a category has category {@code ""}
 *     (see {@link ValidationEnvironment#runs(String)}).</li>
 * <li>{@code <Environment>} elements in any letter case ({@code <ActorFile>}); {@code <Verbfile>},
 *     {@code <Actorfile>}, {@code <Agentfile>} and {@code <Discardfile>} hold one name or a comma-separated list
 *     (white space and line breaks around the names do not matter). {@code <Verbfile>} and {@code <Actorfile>}
 *     are required; without {@code <Agentfile>} or {@code <Discardfile>} the file is coded without agents or
 *     discards, with a warning.</li>
 * </ul>
 * Real-world files of the UD-PETRARCH family also write a self-closed {@code <Sentence .../>} before the record's
 * children and its {@code </Sentence>}, and comment codings out in {@code #} lines; both are repaired before the
 * XML is read, as PETRARCH's own tooling reads past them ({@link ValidationRepair}), and each repair is listed in
 * {@link ValidationFile#repairs()}.
 * {@code <Parse>} trees, {@code <Errorfile>}, {@code <Pause>}, {@code <Config>} and {@code <Stop>} are ignored:
 * Saydo parses the text itself and runs every record.
 *
 * <p>Bad input loses as little as possible. Not well-formed XML, a missing {@code <Environment>}, or one without
 * {@code <Verbfile>} or {@code <Actorfile>} stop the whole file ({@link ValidationFormatException}). A malformed
 * record (no id, a bad date, an incomplete {@code <EventCoding>}, an unknown child element, no {@code <Text>},
 * {@code noevents} with codings) is skipped and listed in {@link ValidationFile#malformed()}. An unknown element
 * elsewhere is listed in {@link ValidationFile#warnings()}: in the {@code <Environment>} it is skipped, elsewhere
 * only its tags are, so the records inside it are still read. DTDs and external entities are refused.
 * Stateless and thread-safe.
 */
public final class ValidationReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> IGNORED_ENVIRONMENT = Set.of("errorfile", "pause", "config");
    private static final Set<String> IGNORED = Set.of("Config", "Stop", "Parse");
    private static final Pattern NAMES = Pattern.compile("\\s*[,\\r\\n]\\s*");
    private static final Pattern ENCODING =
            Pattern.compile("\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /**
     * Reads a validation file. Dictionary paths are resolved against the file's folder.
     *
     * @throws ValidationFormatException naming the file and line when the file is not well-formed XML or has no
     *         usable {@code <Environment>}
     * @throws IOException when the file cannot be read
     */
    public ValidationFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        }
    }

    /**
     * Reads a validation file from a stream; {@code file} names it in errors and anchors relative paths. The text
     * is decoded by its XML declaration's encoding (UTF-8 when it names none) and repaired first
     * ({@link ValidationRepair}); the repairs are in {@link ValidationFile#repairs()}.
     */
    public ValidationFile read(Path file, InputStream in) throws IOException {
        ValidationRepair.Repaired repaired = ValidationRepair.repair(decode(file, in.readAllBytes()));
        List<ValidationProblem> repairs = repaired.repairs().stream()
                .map(r -> new ValidationProblem(file.toString(), r.line(), "repaired: " + r.kind())).toList();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(repaired.text()));
            return new Run(file, xml, repairs).read();
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw new ValidationFormatException(file.toString(), Math.max(line, 0),
                    "malformed XML: " + stripLocation(e.getMessage()));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that failed: nothing more to say
                }
            }
        }
    }

    /**
     * The file's characters, by the encoding its XML declaration names (UTF-8 if none); a leading BOM dropped.
     * UTF-8 is checked line by line first ({@link LineReader}), so that a malformed byte is named at its line (the
     * JDK's parser would name it without one and print {@code [Fatal Error]} on standard error).
     */
    private static String decode(Path file, byte[] bytes) throws IOException {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new ValidationFormatException(file.toString(), 1, "unknown encoding '" + m.group(1) + "'");
            }
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            try (LineReader lines = new LineReader(new ByteArrayInputStream(bytes), Integer.MAX_VALUE - 8)) {
                for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                    if (!line.ok()) {
                        throw new ValidationFormatException(file.toString(), (int) line.number(), line.problem());
                    }
                }
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ValidationFormatException(file.toString(), 0, "not " + charset.name()
                    + " (bad byte at offset " + buffer.position() + ")");
        }
    }

    private static String stripLocation(String message) {
        int i = message == null ? -1 : message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + "Message: ".length()) : String.valueOf(message);
    }

    /** One pass over one file. */
    private static final class Run {
        private final Path file;
        private final XMLStreamReader xml;
        private ValidationEnvironment environment;
        /** Well-formed records, all categories: the environment may come after them. */
        private final List<ValidationRecord> read = new ArrayList<>();
        private final List<ValidationProblem> malformed = new ArrayList<>();
        private final List<ValidationProblem> warnings = new ArrayList<>();
        private final Set<String> unknownWarned = new LinkedHashSet<>();
        private final List<ValidationProblem> repairs;

        Run(Path file, XMLStreamReader xml, List<ValidationProblem> repairs) {
            this.file = file;
            this.xml = xml;
            this.repairs = repairs;
        }

        ValidationFile read() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                switch (name) {
                    case "Validation", "Sentences" -> { }
                    case "Environment" -> {
                        if (environment == null) {
                            environment = environment();
                        } else {
                            warn("a second <Environment> is ignored");
                            skipElement();
                        }
                    }
                    case "Sentence" -> sentence();
                    default -> {
                        if (IGNORED.contains(name)) {
                            skipElement();
                        } else if (unknownWarned.add(name)) {
                            warn("unknown element <" + name + "> ignored (records inside it are read; not warned "
                                    + "again)");
                        }
                    }
                }
            }
            if (environment == null) {
                throw new ValidationFormatException(file.toString(), 0, "no <Environment> naming the dictionaries");
            }
            List<ValidationRecord> records = new ArrayList<>();
            Map<String, Integer> skipped = new LinkedHashMap<>();
            for (ValidationRecord r : read) {
                if (environment.runs(r.category())) {
                    records.add(r);
                } else {
                    skipped.merge(r.category(), 1, Integer::sum);
                }
            }
            // the missing agent and discard notes, made after the <Environment>, go to its line
            warnings.sort(Comparator.comparingInt(ValidationProblem::line));
            return new ValidationFile(file, environment, records, skipped, malformed, warnings, repairs);
        }

        private ValidationEnvironment environment() throws XMLStreamException {
            int line = line();
            List<Path> verbs = new ArrayList<>();
            List<Path> actors = new ArrayList<>();
            List<Path> agents = new ArrayList<>();
            List<Path> discards = new ArrayList<>();
            Set<String> include = new LinkedHashSet<>();
            Set<String> exclude = new LinkedHashSet<>();
            while (nextChild()) {
                String name = xml.getLocalName();
                String key = name.toLowerCase(Locale.ROOT);
                if (IGNORED_ENVIRONMENT.contains(key)) {
                    skipElement();
                    continue;
                }
                switch (key) {
                    case "verbfile" -> verbs.addAll(paths(text()));
                    case "actorfile" -> actors.addAll(paths(text()));
                    case "agentfile" -> agents.addAll(paths(text()));
                    case "discardfile" -> discards.addAll(paths(text()));
                    case "include" -> include.addAll(words(text()));
                    case "exclude" -> exclude.addAll(words(text()));
                    default -> {
                        warn("unknown <Environment> element <" + name + "> ignored");
                        skipElement();
                    }
                }
            }
            if (verbs.isEmpty() || actors.isEmpty()) {
                throw new ValidationFormatException(file.toString(), line,
                        "<Environment> must name a <Verbfile> and at least one <Actorfile>");
            }
            if (agents.isEmpty()) {
                warnings.add(new ValidationProblem(file.toString(), line,
                        "<Environment> names no <Agentfile>: coding without agents"));
            }
            if (discards.isEmpty()) {
                warnings.add(new ValidationProblem(file.toString(), line,
                        "<Environment> names no <Discardfile>: discarding nothing"));
            }
            return new ValidationEnvironment(verbs, actors, agents, discards, include, exclude);
        }

        /**
         * Reads one {@code <Sentence>} to its end tag. A malformed one is noted with its first problem and not
         * kept.
         */
        private void sentence() throws XMLStreamException {
            int line = line();
            String id = attribute("id");
            id = id == null ? "" : id.strip();
            String category = attribute("category");
            category = category == null ? "" : category.strip();
            String name = id.isEmpty() ? "record" : "record " + id;
            List<String> problems = new ArrayList<>();
            if (id.isEmpty()) {
                problems.add("<Sentence> without an id");
            }
            LocalDate date = date(attribute("date"), problems);
            List<Coding> expected = new ArrayList<>();
            String error = null;
            boolean noEvents = false;
            String text = null;
            while (nextChild()) {
                String child = xml.getLocalName();
                switch (child) {
                    case "EventCoding" -> {
                        String err = attribute("error");
                        String none = attribute("noevents");
                        if (err != null) {
                            error = err.strip();
                        } else if (none != null) {
                            if (none.strip().equalsIgnoreCase("true")) {
                                noEvents = true;
                            } else {
                                problems.add("noevents=\"" + none.strip() + "\" (only \"True\" is known)");
                            }
                        } else {
                            Coding c = coding(problems);
                            if (c != null && !expected.contains(c)) {
                                expected.add(c);
                            }
                        }
                        skipElement();
                    }
                    case "Text" -> text = text().replaceAll("\\s+", " ");
                    case "Parse" -> skipElement();
                    default -> {
                        problems.add("unknown element <" + child + ">");
                        skipElement();
                    }
                }
            }
            if (text == null || text.isEmpty()) {
                problems.add("no <Text>");
            }
            if ((noEvents || error != null) && !expected.isEmpty()) {
                problems.add("expects codings and also " + (noEvents ? "noevents" : "error=\"" + error + "\""));
            }
            if (!problems.isEmpty()) {
                malformed.add(new ValidationProblem(file.toString(), line, name + " skipped: " + problems.get(0)));
                return;
            }
            read.add(new ValidationRecord(id, category, date, text, expected, error, line));
        }

        /** The expected coding of the current {@code <EventCoding>}, or null with a problem noted. */
        private Coding coding(List<String> problems) {
            String source = code("sourcecode");
            String target = code("targetcode");
            String event = code("eventcode");
            if (source == null || target == null || event == null) {
                problems.add("<EventCoding> needs sourcecode, targetcode and eventcode "
                        + "(or noevents=\"True\" or error=\"...\")");
                return null;
            }
            return new Coding(source, target, event);
        }

        /** An attribute's code: stripped, with quotes written inside the value removed. */
        private String code(String name) {
            String v = attribute(name);
            if (v == null) {
                return null;
            }
            v = v.strip();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1).strip();
            }
            return v.isEmpty() ? null : v;
        }

        private static LocalDate date(String value, List<String> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.strip();
            try {
                return v.length() == 10 ? LocalDate.parse(v) : LocalDate.parse(v, DATE);
            } catch (DateTimeParseException e) {
                problems.add("date \"" + value + "\" is not YYYYMMDD (or YYYY-MM-DD)");
                return null;
            }
        }

        /** A names list ({@code a.txt, b.txt}), each resolved against the file's folder; blanks dropped. */
        private List<Path> paths(String text) {
            Path dir = file.toAbsolutePath().getParent();
            List<Path> out = new ArrayList<>();
            for (String name : NAMES.split(text.strip())) {
                if (!name.isEmpty()) {
                    out.add(dir == null ? Path.of(name) : dir.resolve(name));
                }
            }
            return out;
        }

        /** {@code <Include>} and {@code <Exclude>} words; the {@code valid} flag in any letter case. */
        private static List<String> words(String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(w -> !w.isEmpty())
                    .map(w -> w.equalsIgnoreCase(ValidationEnvironment.VALID) ? ValidationEnvironment.VALID : w)
                    .toList();
        }

        private String attribute(String name) {
            return xml.getAttributeValue(null, name);
        }

        /**
         * The text inside the current element, stripped, up to its end tag; the text of elements inside it is
         * kept, their tags dropped.
         */
        private String text() throws XMLStreamException {
            StringBuilder b = new StringBuilder();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                            XMLStreamConstants.ENTITY_REFERENCE -> b.append(xml.getText());
                    default -> { }
                }
            }
            return b.toString().strip();
        }

        /** Moves to the next child start tag of the current element; false at its end tag. */
        private boolean nextChild() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
            return false;
        }

        /** Skips the current element with everything inside it. */
        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private int line() {
            return xml.getLocation().getLineNumber();
        }

        private void warn(String problem) {
            warnings.add(new ValidationProblem(file.toString(), line(), problem));
        }
    }
}

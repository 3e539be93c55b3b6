package org.saydo.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
 *     ignored. Ids need not be unique (the suite repeats {@code AGENTS-18}): results name the line too.</li>
 * </ul>
 * {@code <Parse>} trees, {@code <Errorfile>}, {@code <Pause>}, {@code <Config>} and {@code <Stop>} are ignored:
 * Saydo parses the text itself and runs every record. Any other element is an error. DTDs and external entities
 * are refused. Stateless and thread-safe.
 */
public final class ValidationReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> IGNORED_ENVIRONMENT = Set.of("Errorfile", "Pause", "Config");
    private static final Set<String> IGNORED = Set.of("Config", "Stop", "Parse");

    /**
     * Reads a validation file. Dictionary paths are resolved against the file's folder.
     *
     * @throws ValidationFormatException naming the file and line when the file is not well-formed XML or not a
     *         validation file
     * @throws IOException when the file cannot be read
     */
    public ValidationFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        }
    }

    /** Reads a validation file from a stream; {@code file} names it in errors and anchors relative paths. */
    public ValidationFile read(Path file, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return new Run(file, xml).read();
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

    private static String stripLocation(String message) {
        int i = message == null ? -1 : message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + "Message: ".length()) : String.valueOf(message);
    }

    /** One pass over one file. */
    private static final class Run {
        private final Path file;
        private final XMLStreamReader xml;
        private ValidationEnvironment environment;
        private final List<ValidationRecord> records = new ArrayList<>();
        private final Map<String, Integer> skipped = new LinkedHashMap<>();

        Run(Path file, XMLStreamReader xml) {
            this.file = file;
            this.xml = xml;
        }

        ValidationFile read() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Validation", "Sentences" -> { }
                    case "Environment" -> environment = environment();
                    case "Sentence" -> sentence();
                    default -> {
                        if (IGNORED.contains(xml.getLocalName())) {
                            skipElement();
                        } else {
                            throw error("unknown element <" + xml.getLocalName() + ">");
                        }
                    }
                }
            }
            if (environment == null) {
                throw new ValidationFormatException(file.toString(), 0, "no <Environment> naming the dictionaries");
            }
            return new ValidationFile(file, environment, records, skipped);
        }

        private ValidationEnvironment environment() throws XMLStreamException {
            int line = line();
            Path verbs = null;
            Path agents = null;
            Path discards = null;
            List<Path> actors = new ArrayList<>();
            Set<String> include = new LinkedHashSet<>();
            Set<String> exclude = new LinkedHashSet<>();
            while (nextChild()) {
                String name = xml.getLocalName();
                if (IGNORED_ENVIRONMENT.contains(name)) {
                    skipElement();
                    continue;
                }
                String text = xml.getElementText().strip();
                switch (name) {
                    case "Verbfile" -> verbs = path(text, name);
                    case "Agentfile" -> agents = path(text, name);
                    case "Discardfile" -> discards = path(text, name);
                    case "Actorfile" -> {
                        for (String part : text.split(",")) {
                            actors.add(path(part.strip(), name));
                        }
                    }
                    case "Include" -> include.addAll(words(text));
                    case "Exclude" -> exclude.addAll(words(text));
                    default -> throw error("unknown <Environment> element <" + name + ">");
                }
            }
            if (verbs == null || actors.isEmpty() || agents == null || discards == null) {
                throw new ValidationFormatException(file.toString(), line,
                        "<Environment> must name <Verbfile>, <Actorfile>, <Agentfile> and <Discardfile>");
            }
            return new ValidationEnvironment(verbs, actors, agents, discards, include, exclude);
        }

        private void sentence() throws XMLStreamException {
            int line = line();
            if (environment == null) {
                throw error("<Sentence> before the <Environment>");
            }
            String id = attribute("id");
            String category = attribute("category");
            if (id == null || id.isBlank()) {
                throw error("<Sentence> without an id");
            }
            if (category == null || category.isBlank()) {
                throw error("<Sentence id=\"" + id + "\"> without a category");
            }
            LocalDate date = date(attribute("date"), id);
            List<Coding> expected = new ArrayList<>();
            String error = null;
            boolean noEvents = false;
            String text = null;
            while (nextChild()) {
                switch (xml.getLocalName()) {
                    case "EventCoding" -> {
                        String err = attribute("error");
                        if (err != null) {
                            error = err.strip();
                        } else if (attribute("noevents") != null) {
                            String v = attribute("noevents").strip();
                            if (!v.equalsIgnoreCase("true")) {
                                throw error("record " + id + ": noevents=\"" + v + "\" (only \"True\" is known)");
                            }
                            noEvents = true;
                        } else {
                            Coding c = coding(id);
                            if (!expected.contains(c)) {
                                expected.add(c);
                            }
                        }
                        skipElement();
                    }
                    case "Text" -> text = xml.getElementText().strip().replaceAll("\\s+", " ");
                    case "Parse" -> skipElement();
                    default -> throw error("record " + id + ": unknown element <" + xml.getLocalName() + ">");
                }
            }
            if (text == null || text.isEmpty()) {
                throw new ValidationFormatException(file.toString(), line, "record " + id + " has no <Text>");
            }
            if ((noEvents || error != null) && !expected.isEmpty()) {
                throw new ValidationFormatException(file.toString(), line, "record " + id
                        + " expects codings and also " + (noEvents ? "noevents" : "error=\"" + error + "\""));
            }
            if (environment.runs(category)) {
                records.add(new ValidationRecord(id, category, date, text, expected, error, line));
            } else {
                skipped.merge(category, 1, Integer::sum);
            }
        }

        private Coding coding(String id) {
            String source = code("sourcecode");
            String target = code("targetcode");
            String event = code("eventcode");
            if (source == null || target == null || event == null) {
                throw error("record " + id + ": <EventCoding> needs sourcecode, targetcode and eventcode "
                        + "(or noevents=\"True\" or error=\"...\")");
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

        private LocalDate date(String value, String id) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip(), DATE);
            } catch (DateTimeParseException e) {
                throw error("record " + id + ": date \"" + value + "\" is not YYYYMMDD");
            }
        }

        private Path path(String text, String element) {
            if (text.isEmpty()) {
                throw error("empty <" + element + ">");
            }
            Path dir = file.toAbsolutePath().getParent();
            return dir == null ? Path.of(text) : dir.resolve(text);
        }

        private static List<String> words(String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
        }

        private String attribute(String name) {
            return xml.getAttributeValue(null, name);
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

        private ValidationFormatException error(String problem) {
            return new ValidationFormatException(file.toString(), line(), problem);
        }
    }
}

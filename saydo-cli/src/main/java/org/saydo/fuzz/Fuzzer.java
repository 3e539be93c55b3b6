package org.saydo.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saydo.dict.ActorDictionary;
import org.saydo.dict.DictionaryFormatException;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;
import org.saydo.http.RecordService;
import org.saydo.http.SaydoServer;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;
import org.saydo.store.CameoTable;
import org.saydo.store.GdeltEvent;
import org.saydo.store.RecordStore;
import org.saydo.store.SourceItem;
import org.saydo.store.Sources;
import org.saydo.validate.ValidationFile;
import org.saydo.validate.ValidationFormatException;
import org.saydo.validate.ValidationReader;

/**
 * Feeds seeded random and damaged inputs through every door Saydo reads by — plain text, standard input, HTML,
 * RSS, Atom, JSON Lines, GDELT exports, PETRARCH validation XML, actor dictionaries, {@code POST /api/documents}
 * — and through the coder, and counts what breaks a promise of RELIABILITY.md:
 *
 * <ul>
 *   <li><b>escaped</b>: an exception other than the door's documented bad-input exception, or a reader that
 *       throws although it must report;</li>
 *   <li><b>misnamed</b>: a refusal that does not name the file (and the damaged line, where there are lines),
 *       a POST answered with another status than 200/201/400/413/503, an offset outside the text;</li>
 *   <li><b>hangs</b>: an input that takes longer than the timeout;</li>
 *   <li><b>lost</b>: a good record of a line-oriented file (JSON Lines, GDELT) that is not read when one other
 *       line of the file is damaged;</li>
 *   <li><b>nondeterministic</b>: the same input read twice with different results (a POST sent twice must be
 *       answered the same, the second time as already stored).</li>
 * </ul>
 *
 * <p>Input {@code i} of seed {@code s} is made from {@code new Random(s * 1000003 + i)} alone, so a failure is
 * reproduced by its seed and index. Inputs go round the doors in turn. Not thread-safe; one run at a time.
 */
public final class Fuzzer {

    /** The doors, in the order inputs go round them. */
    public static final List<String> DOORS = List.of("txt", "stdin", "html", "rss", "atom", "jsonl", "gdelt",
            "validation-xml", "actors", "post");

    /**
     * What to run.
     *
     * @param count inputs through the readers and the POST endpoint (round the doors)
     * @param seed the seed
     * @param codeCount inputs also put through the whole coding pipeline ({@code saydo code}); 0 for none
     * @param timeout the longest an input may take before it counts as a hang
     * @param edgeCases whether to add the fixed edge inputs (a JSON Lines line over the 20 MB limit)
     */
    public record Options(int count, long seed, int codeCount, Duration timeout, boolean edgeCases) {
        public Options {
            if (count < 0 || codeCount < 0) {
                throw new IllegalArgumentException("counts must be at least 0, got " + count + " and " + codeCount);
            }
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    /** Figures of one door. */
    public record DoorFigures(String door, long inputs, long accepted, long refused, long escaped, long misnamed,
            long hangs, long lost, long nondeterministic) {
    }

    /**
     * Figures of a run.
     *
     * @param doors per door, in {@link #DOORS} order, then {@code code}
     * @param failures the first failures, each with its door, seed and index and what went wrong
     * @param elapsed wall time of the run
     */
    public record Report(List<DoorFigures> doors, List<String> failures, Duration elapsed) {
        public Report {
            doors = List.copyOf(doors);
            failures = List.copyOf(failures);
        }

        public long inputs() {
            return doors.stream().mapToLong(DoorFigures::inputs).sum();
        }

        public long escaped() {
            return doors.stream().mapToLong(DoorFigures::escaped).sum();
        }

        public long misnamed() {
            return doors.stream().mapToLong(DoorFigures::misnamed).sum();
        }

        public long hangs() {
            return doors.stream().mapToLong(DoorFigures::hangs).sum();
        }

        public long lost() {
            return doors.stream().mapToLong(DoorFigures::lost).sum();
        }

        public long nondeterministic() {
            return doors.stream().mapToLong(DoorFigures::nondeterministic).sum();
        }

        /** True when no promise was broken. */
        public boolean clean() {
            return escaped() + misnamed() + hangs() + lost() + nondeterministic() == 0;
        }
    }

    private static final int MAX_FAILURES = 20;
    private static final String TOKEN = "fuzz-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SENTENCES = {
        "Russian forces struck Kharkiv overnight, the governor said.",
        "Putin met Witkoff in the Kremlin on Tuesday and the talks lasted five hours.",
        "Ukraine accused Russia of attacking its power grid.",
        "The European Union imposed new sanctions on Moscow.",
        "A Kremlin spokesman said that no compromise had been reached.",
        "Zelensky urged the United States to send more air defence systems.",
        "Turkey offered to host a new round of talks between the two sides.",
        "Peskov denied that Russian troops had crossed the border.",
    };

    /** Counts the second read of an input, which is compared with the first and not counted. */
    private final Tally throwaway = new Tally();
    private final Options options;
    private final Path dir;
    private final Supplier<Coder> coders;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private ExecutorService worker = Executors.newSingleThreadExecutor(Fuzzer::daemon);
    private HttpClient client;
    private int port;

    /**
     * @param options what to run
     * @param dir a folder for the inputs and the record the POSTs go to (emptied of its inputs as it goes)
     * @param coders the coding pipeline, asked for only when {@code options.codeCount() > 0}
     */
    public Fuzzer(Options options, Path dir, Supplier<Coder> coders) {
        this.options = Objects.requireNonNull(options, "options");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.coders = Objects.requireNonNull(coders, "coders");
        for (String door : DOORS) {
            tallies.put(door, new Tally());
        }
        tallies.put("code", new Tally());
    }

    /** Runs every input and returns the figures. */
    public Report run() {
        long start = System.nanoTime();
        Coder blank = d -> new CodedDocument(d, 1, List.of(), List.of());
        try (RecordStore store = RecordStore.open(dir.resolve("fuzz.duckdb").toString(), CameoTable.NONE);
                RecordService service = RecordService.over(store, () -> blank)) {
            SaydoServer server = SaydoServer.start(service, SaydoServer.Options.local(0).withToken(TOKEN)
                    .withLog(line -> { }));
            try {
                port = server.port();
                client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                if (options.edgeCases()) {
                    guard("jsonl", -1, this::overlongJsonLine);
                }
                for (int i = 0; i < options.count(); i++) {
                    String door = DOORS.get(i % DOORS.size());
                    int index = i;
                    guard(door, i, () -> one(door, index));
                }
                if (options.codeCount() > 0) {
                    Coder coder = coders.get();
                    for (int i = 0; i < options.codeCount(); i++) {
                        int index = i;
                        guard("code", i, () -> code(coder, index));
                    }
                }
            } finally {
                server.stop();
            }
        } finally {
            worker.shutdownNow();
        }
        List<DoorFigures> figures = new ArrayList<>();
        tallies.forEach((door, t) -> figures.add(new DoorFigures(door, t.inputs, t.accepted, t.refused, t.escaped,
                t.misnamed, t.hangs, t.lost, t.nondeterministic)));
        return new Report(figures, failures, Duration.ofNanos(System.nanoTime() - start));
    }

    // ---------------------------------------------------------------- running one input

    private interface Check {
        void run() throws Exception;
    }

    /** Runs one input on the worker thread with the timeout; what it throws is an escaped exception. */
    private void guard(String door, int index, Check check) {
        Tally t = tallies.get(door);
        t.inputs++;
        Future<?> f = worker.submit(() -> {
            check.run();
            return null;
        });
        try {
            f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor(Fuzzer::daemon);
            t.hangs++;
            fail(door, index, "took longer than " + options.timeout());
        } catch (ExecutionException e) {
            t.escaped++;
            fail(door, index, "escaped: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void fail(String door, int index, String what) {
        if (failures.size() < MAX_FAILURES) {
            failures.add(door + " seed " + options.seed() + " input " + index + ": " + what);
        }
    }

    private void misnamed(String door, int index, String what) {
        tallies.get(door).misnamed++;
        fail(door, index, what);
    }

    private void one(String door, int index) throws Exception {
        Random random = new Random(options.seed() * 1_000_003L + index);
        Mutator mutator = new Mutator(random);
        switch (door) {
            case "txt" -> txt(index, mutator.mutate(english(random, 3 + random.nextInt(8)), mutator.pick(), false));
            case "stdin" -> stdin(index, mutator.mutate(english(random, 3 + random.nextInt(8)), mutator.pick(),
                    false));
            case "html" -> sources(door, index, "html", mutator.mutate(html(random), mutator.pick(), false));
            case "rss" -> sources(door, index, "rss", mutator.mutate(rss(random), mutator.pick(), false));
            case "atom" -> sources(door, index, "atom", mutator.mutate(atom(random), mutator.pick(), false));
            case "jsonl", "gdelt" -> lines(door, index, random, mutator);
            case "validation-xml" -> validation(index, mutator.mutate(validationXml(random), mutator.pick(), false));
            case "actors" -> actors(index, mutator.mutate(actorFile(random), mutator.pick(), false));
            case "post" -> post(index, mutator.mutate(postBody(random), mutator.pick(), false));
            default -> throw new IllegalArgumentException("unknown door " + door);
        }
    }

    // ---------------------------------------------------------------- the doors

    private void txt(int index, byte[] bytes) throws IOException {
        Path file = write(index, "txt", bytes);
        try {
            Object first = readText(index, file, tallies.get("txt"));
            if (!first.equals(readText(index, file, throwaway))) {
                nondeterministic("txt", index, "two reads differ");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Object readText(int index, Path file, Tally t) {
        try {
            Document d = TextReader.read(file);
            t.accepted++;
            return d;
        } catch (BadDocumentException e) {
            t.refused++;
            if (t != throwaway && !e.where().equals(file.toString())) {
                misnamed("txt", index, "refusal names '" + e.where() + "', not the file");
            }
            return e.getMessage();
        }
    }

    private void stdin(int index, byte[] bytes) {
        Object first = readStdin(index, bytes, tallies.get("stdin"));
        if (!first.equals(readStdin(index, bytes, throwaway))) {
            nondeterministic("stdin", index, "two reads differ");
        }
    }

    private Object readStdin(int index, byte[] bytes, Tally t) {
        try {
            Document d = TextReader.read("-", new ByteArrayInputStream(bytes));
            t.accepted++;
            return d;
        } catch (BadDocumentException e) {
            t.refused++;
            if (t != throwaway && !e.where().equals("-")) {
                misnamed("stdin", index, "refusal names '" + e.where() + "', not '-'");
            }
            return e.getMessage();
        }
    }

    /** HTML, RSS and Atom: a reader that reports, never throws; every refusal names the file (or its item). */
    private void sources(String door, int index, String extension, byte[] bytes) throws IOException {
        Path file = write(index, extension, bytes);
        try {
            List<SourceItem> first = read(file);
            if (!first.equals(read(file))) {
                nondeterministic(door, index, "two reads differ");
            }
            for (SourceItem item : first) {
                if (item instanceof SourceItem.Bad bad) {
                    tallies.get(door).refused++;
                    boolean named = bad.where().equals(file.toString())
                            || !door.equals("html") && bad.where().matches(Pattern.quote(file + "#item ") + "\\d+");
                    if (!named) {
                        misnamed(door, index, "refusal names '" + bad.where() + "'");
                    }
                } else {
                    tallies.get(door).accepted++;
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * JSON Lines and GDELT: half the inputs damage one line only, and then every other line must be read and
     * the only refusal must name that line; the other half damage the file anywhere, and then every refusal must
     * name a line of the file.
     */
    private void lines(String door, int index, Random random, Mutator mutator) throws IOException {
        boolean jsonl = door.equals("jsonl");
        int count = 5 + random.nextInt(40);
        List<byte[]> lines = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            lines.add((jsonl ? jsonLine(random, index, n) : gdeltRow(index, n)).getBytes(StandardCharsets.UTF_8));
        }
        boolean oneLine = random.nextBoolean();
        int damaged = random.nextInt(count);
        byte[] bytes;
        if (oneLine) {
            lines.set(damaged, mutator.mutate(lines.get(damaged), mutator.pick(), true));
            bytes = join(lines);
        } else {
            bytes = mutator.mutate(join(lines), mutator.pick(), false);
        }
        Path file = write(index, jsonl ? "jsonl" : "export.CSV", bytes);
        try {
            List<SourceItem> first = read(file);
            if (!first.equals(read(file))) {
                nondeterministic(door, index, "two reads differ");
            }
            long physicalLines = lineCount(bytes);
            Set<String> keys = new HashSet<>();
            Pattern where = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+)");
            for (SourceItem item : first) {
                Tally t = tallies.get(door);
                if (item instanceof SourceItem.Doc d) {
                    t.accepted++;
                    keys.add(d.document().url());
                } else if (item instanceof SourceItem.GdeltRows rows) {
                    t.accepted += rows.rows().size();
                    rows.rows().forEach(r -> keys.add(String.valueOf(r.globalEventId())));
                } else if (item instanceof SourceItem.Bad bad) {
                    t.refused++;
                    Matcher m = where.matcher(bad.where());
                    if (!m.matches() || Long.parseLong(m.group(1)) < 1 || Long.parseLong(m.group(1)) > physicalLines) {
                        misnamed(door, index, "refusal names '" + bad.where() + "', not a line of the file");
                    } else if (oneLine && Long.parseLong(m.group(1)) != damaged + 1) {
                        misnamed(door, index, "refusal names line " + m.group(1) + ", the damaged line is "
                                + (damaged + 1));
                    }
                }
            }
            if (oneLine) {
                for (int n = 1; n <= count; n++) {
                    String key = jsonl ? url(index, n) : String.valueOf(gdeltId(index, n));
                    if (n != damaged + 1 && !keys.contains(key)) {
                        tallies.get(door).lost++;
                        fail(door, index, "good line " + n + " lost (line " + (damaged + 1) + " damaged)");
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A JSON Lines file whose second line is over the 20 MB line limit: the lines around it are read. */
    private void overlongJsonLine() throws IOException {
        Path file = dir.resolve("overlong.jsonl");
        try (var out = Files.newOutputStream(file)) {
            out.write((jsonLine(new Random(1), -1, 1) + "\n{\"text\": \"").getBytes(StandardCharsets.UTF_8));
            byte[] block = "the talks lasted five hours ".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= TextReader.MAX_BYTES; written += block.length) {
                out.write(block);
            }
            out.write(("\"}\n" + jsonLine(new Random(3), -1, 3) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            List<SourceItem> items = read(file);
            Tally t = tallies.get("jsonl");
            List<String> urls = new ArrayList<>();
            for (SourceItem item : items) {
                if (item instanceof SourceItem.Doc d) {
                    t.accepted++;
                    urls.add(d.document().url());
                } else if (item instanceof SourceItem.Bad bad) {
                    t.refused++;
                    if (!bad.where().equals(file + ":2")) {
                        misnamed("jsonl", -1, "the overlong line is named '" + bad.where() + "', not line 2");
                    }
                }
            }
            for (int n : new int[] {1, 3}) {
                if (!urls.contains(url(-1, n))) {
                    t.lost++;
                    fail("jsonl", -1, "line " + n + " lost beside an overlong line 2");
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void validation(int index, byte[] bytes) throws IOException {
        Path file = write(index, "xml", bytes);
        try {
            String first = readValidation(index, file, tallies.get("validation-xml"));
            if (!first.equals(readValidation(index, file, throwaway))) {
                nondeterministic("validation-xml", index, "two reads differ");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String readValidation(int index, Path file, Tally t) throws IOException {
        try {
            ValidationFile f = new ValidationReader().read(file);
            t.accepted++;
            return f.records() + " " + f.malformed() + " " + f.warnings();
        } catch (ValidationFormatException e) {
            t.refused++;
            // a parser names the end of the file as the line after the last line break
            if (t != throwaway && (!e.file().equals(file.toString()) || e.line() < 0
                    || e.line() > lineCount(Files.readAllBytes(file)) + 1)) {
                misnamed("validation-xml", index, "refusal names '" + e.getMessage() + "'");
            }
            return e.getMessage();
        }
    }

    private void actors(int index, byte[] bytes) throws IOException {
        Path file = write(index, "actors.txt", bytes);
        try {
            String first = readActors(index, file, bytes, tallies.get("actors"));
            if (!first.equals(readActors(index, file, bytes, throwaway))) {
                nondeterministic("actors", index, "two reads differ");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String readActors(int index, Path file, byte[] bytes, Tally t) {
        try {
            ActorDictionary d = ActorDictionary.read(file);
            t.accepted++;
            return d.entries().map(Object::toString).toList().toString();
        } catch (DictionaryFormatException e) {
            t.refused++;
            if (t != throwaway && (!e.source().equals(file.getFileName().toString()) || e.line() < 1
                    || e.line() > lineCount(bytes))) {
                misnamed("actors", index, "refusal names '" + e.getMessage() + "'");
            }
            return e.getMessage();
        }
    }

    /** A POST is answered 200/201 (stored), 400 (refused, naming the field), 413 or 503; twice, the same. */
    private void post(int index, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> first = send(body);
        HttpResponse<String> second = send(body);
        Tally t = tallies.get("post");
        int status = first.statusCode();
        switch (status) {
            case 200, 201 -> {
                t.accepted++;
                JsonNode answer = JSON.readTree(first.body());
                String id = answer.path("id").asText();
                JsonNode sent = JSON.readTree(body);
                if (!id.equals(Document.idOf(sent.path("text").asText()))) {
                    misnamed("post", index, "stored under id " + id + ", not the id of the text sent: "
                            + abbreviate(new String(body, StandardCharsets.UTF_8)));
                }
                if (second.statusCode() != 200 || !JSON.readTree(second.body()).path("id").asText().equals(id)) {
                    nondeterministic("post", index, "sent again: " + second.statusCode() + " " + second.body());
                }
            }
            case 400, 413, 503 -> {
                t.refused++;
                if (status == 400 && JSON.readTree(first.body()).path("parameter").asText().isEmpty()) {
                    misnamed("post", index, "400 without the parameter at fault: " + first.body());
                }
                if (second.statusCode() != status && status != 503) {
                    nondeterministic("post", index, "sent again: " + second.statusCode() + ", first " + status);
                }
            }
            default -> misnamed("post", index, "answered " + status + ": " + abbreviate(first.body()));
        }
    }

    private HttpResponse<String> send(byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(options.timeout()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The coder on damaged English text the readers accept: offsets inside the text, the same output twice. */
    private void code(Coder coder, int index) {
        Random random = new Random(options.seed() * 1_000_003L + 500_000_000L + index);
        Mutator mutator = new Mutator(random);
        // damage that leaves text the readers accept; a long text without a sentence break is the per-sentence
        // budget's case, not this harness's
        Mutator.Kind kind = random.nextBoolean() ? Mutator.Kind.SPLICE : Mutator.Kind.TRUNCATE;
        byte[] bytes = mutator.mutate(english(random, 2 + random.nextInt(6)), kind, false);
        Tally t = tallies.get("code");
        Document d;
        try {
            d = TextReader.parse("fuzz-" + index, bytes).withPublished(LocalDate.of(2025, 12, 3));
        } catch (BadDocumentException e) {
            t.refused++;
            return;
        }
        CodedDocument first = coder.code(d);
        if (!first.equals(coder.code(d))) {
            nondeterministic("code", index, "two codings differ");
        }
        t.accepted++;
        int length = d.text().length();
        for (Event e : first.events()) {
            inside(index, e.provenance(), length);
        }
        for (Quote q : first.quotes()) {
            inside(index, q.provenance(), length);
        }
    }

    private void inside(int index, Provenance p, int length) {
        boolean ok = 0 <= p.sentenceStart() && p.sentenceStart() <= p.sentenceEnd() && p.sentenceEnd() <= length
                && 0 <= p.start() && p.start() <= p.end() && p.end() <= length
                && 0 <= p.triggerStart() && p.triggerStart() <= p.triggerEnd() && p.triggerEnd() <= length;
        if (!ok) {
            misnamed("code", index, "offsets outside the text of length " + length + ": " + p);
        }
    }

    private void nondeterministic(String door, int index, String what) {
        tallies.get(door).nondeterministic++;
        fail(door, index, what);
    }

    // ---------------------------------------------------------------- seed inputs

    private static byte[] english(Random random, int sentences) {
        StringBuilder sb = new StringBuilder("date 2025-12-0" + (1 + random.nextInt(9)) + "\n");
        for (int i = 0; i < sentences; i++) {
            sb.append(sentence(random)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sentence(Random random) {
        return SENTENCES[random.nextInt(SENTENCES.length)];
    }

    private static byte[] html(Random random) {
        StringBuilder body = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(5); i < n; i++) {
            body.append("<p>").append(sentence(random)).append(" <b>").append(sentence(random)).append("</b></p>\n");
        }
        return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Kharkiv &amp; Kyiv</title>\n"
                + "<meta property=\"article:published_time\" content=\"2025-12-02T21:04:00+03:00\">\n"
                + "<script>var x = '<p>';</script></head><body><nav><a href=\"/\">Home</a></nav>\n<article>"
                + body + "</article><footer>Copyright</footer></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rss(Random random) {
        StringBuilder items = new StringBuilder();
        for (int i = 1, n = 1 + random.nextInt(5); i <= n; i++) {
            items.append("<item><title>Item ").append(i).append("</title><link>https://example.org/").append(i)
                    .append("</link><pubDate>Tue, 02 Dec 2025 18:00:00 GMT</pubDate><description><![CDATA[<p>")
                    .append(sentence(random)).append("</p>]]></description></item>\n");
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Example</title>\n"
                + items + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] atom(Random random) {
        StringBuilder entries = new StringBuilder();
        for (int i = 1, n = 1 + random.nextInt(5); i <= n; i++) {
            entries.append("<entry><title>Entry ").append(i).append("</title><link href=\"https://example.org/")
                    .append(i).append("\"/><published>2025-12-02T18:00:00Z</published><content type=\"html\">")
                    .append("&lt;p&gt;").append(sentence(random)).append("&lt;/p&gt;</content></entry>\n");
        }
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Example</title>\n" + entries + "</feed>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String url(int index, int line) {
        return "https://news.example.org/" + index + "/" + line;
    }

    private static String jsonLine(Random random, int index, int line) {
        try {
            return JSON.writeValueAsString(ordered("url", url(index, line), "date", "2025-12-02", "title",
                    "Line " + line, "text", sentence(random) + " " + sentence(random)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gdeltId(int index, int line) {
        return 1_000_000L * (index + 2) + line;
    }

    private static String gdeltRow(int index, int line) {
        String[] c = new String[GdeltEvent.COLUMNS];
        java.util.Arrays.fill(c, "");
        c[0] = String.valueOf(gdeltId(index, line));
        c[1] = "20251202";
        c[5] = "RUSGOV";
        c[6] = "RUSSIA";
        c[15] = "UKR";
        c[16] = "UKRAINE";
        c[26] = "190";
        c[27] = "190";
        c[28] = "19";
        c[29] = "4";
        c[30] = "-10.0";
        c[60] = "https://www.example.org/" + line;
        return String.join("\t", c);
    }

    private static byte[] validationXml(Random random) {
        StringBuilder sentences = new StringBuilder();
        for (int i = 1, n = 1 + random.nextInt(4); i <= n; i++) {
            sentences.append("<Sentence date=\"20251202\" id=\"FUZZ-").append(i).append("\" category=\"DEMO\">\n")
                    .append("<EventCoding sourcecode=\"RUS\" targetcode=\"UKR\" eventcode=\"190\"></EventCoding>\n")
                    .append("<Text>\n").append(sentence(random)).append("\n</Text>\n</Sentence>\n");
        }
        return ("<Validation>\n<Environment>\n<Verbfile>v.txt</Verbfile>\n<Actorfile>a.txt</Actorfile>\n"
                + "<Agentfile>ag.txt</Agentfile>\n<Discardfile>d.txt</Discardfile>\n</Environment>\n<Sentences>\n"
                + sentences + "</Sentences>\n</Validation>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] actorFile(Random random) {
        String[] entries = {"GONDOR_ [GON]\n+GONDORIAN_\n", "ARAGORN_ [GONGOV]  #@ type=person\n",
            "SAM_GAMGEE [HOB]  #@ type=person\n\t[HOBCIV <20080120]\n\t[HOBMIL 20080120-20121109]\n",
            "ROHAN [ROH] ; a legacy comment\n", "<!-- a comment -->\n", "# a comment\n",
            "MINAS_TIRITH [GONGOV]\n"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
            sb.append(entries[random.nextInt(entries.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] postBody(Random random) {
        try {
            return JSON.writeValueAsBytes(ordered("text", sentence(random) + " " + sentence(random), "date",
                    "2025-12-02", "title", "Kharkiv", "outlet", "Example", "url", "https://example.org/"
                            + random.nextInt(1000)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A map in the order given (not {@code Map.of}, whose order changes from run to run): same seed, same bytes. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<SourceItem> read(Path file) {
        List<SourceItem> items = new ArrayList<>();
        Sources.read(file, items::add);
        return items;
    }

    private Path write(int index, String extension, byte[] bytes) throws IOException {
        return Files.write(dir.resolve("in-" + index + "." + extension), bytes);
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.write(line, 0, line.length);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Lines as {@link org.saydo.doc.LineReader} counts them (LF, CRLF or a lone CR; a last unended one). */
    static long lineCount(byte[] bytes) {
        long lines = 0;
        boolean open = false;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                lines++;
                open = false;
                if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                open = true;
            }
        }
        return open ? lines + 1 : lines;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true);
        return t;
    }

    /** Counters of one door. */
    private static final class Tally {
        long inputs;
        long accepted;
        long refused;
        long escaped;
        long misnamed;
        long hangs;
        long lost;
        long nondeterministic;
    }
}

package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each line-oriented reader does with a bad byte (only that line is lost, and it is named by its real line
 * number), and what the shared text-acceptance check refuses in every reader (NUL, ESC, random bytes).
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static List<SourceItem> read(Path file) {
        List<SourceItem> items = new ArrayList<>();
        Sources.read(file, items::add);
        return items;
    }

    private static List<SourceItem.Bad> bad(List<SourceItem> items) {
        return items.stream().filter(SourceItem.Bad.class::isInstance).map(SourceItem.Bad.class::cast).toList();
    }

    private static String jsonLine(int n) {
        return "{\"url\": \"https://news.example.org/" + n + "\", \"text\": \"Report " + n
                + ": Russian forces struck Kharkiv overnight, the governor said.\"}";
    }

    @Test
    void aBadByteOnLine200OfAJsonlFileLosesThatLineOnlyAndNamesIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n = 1; n <= 300; n++) {
            String line = jsonLine(n);
            if (n == 200) {
                // Latin-1 'é' (0xE9) inside the text: not UTF-8; the byte is the 47th of the line
                int at = line.indexOf("Report");
                bytes.write(line.substring(0, at).getBytes(StandardCharsets.UTF_8));
                bytes.write(0xE9);
                bytes.write(line.substring(at).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(line.getBytes(StandardCharsets.UTF_8));
            }
            bytes.write('\n');
        }
        Path file = Files.write(dir.resolve("reports.jsonl"), bytes.toByteArray());
        List<SourceItem> items = read(file);
        assertThat(bad(items)).containsExactly(new SourceItem.Bad(file + ":200",
                "not UTF-8 (malformed byte at byte " + (jsonLine(200).indexOf("Report") + 1) + " of the line)"));
        List<String> urls = items.stream().filter(SourceItem.Doc.class::isInstance)
                .map(i -> ((SourceItem.Doc) i).document().url()).toList();
        assertThat(urls).hasSize(299).doesNotContain("https://news.example.org/200")
                .contains("https://news.example.org/199", "https://news.example.org/201",
                        "https://news.example.org/300");
    }

    @Test
    void aBadByteOnLine100OfAGdeltExportLosesThatRowOnlyAndNamesIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n = 1; n <= 3000; n++) {
            String row = String.join("\t", GdeltEventTest.row(String.valueOf(5000 + n), "20251202", "RUSGOV",
                    "UKR", "190"));
            bytes.write(row.getBytes(StandardCharsets.UTF_8));
            if (n == 100) {
                bytes.write(new byte[] {(byte) 0xC3, '('}); // a lead byte without its continuation, in SOURCEURL
            }
            bytes.write(n % 2 == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        Path file = Files.write(dir.resolve("20251202000000.export.CSV"), bytes.toByteArray());
        List<SourceItem> items = read(file);
        List<SourceItem.Bad> bad = bad(items);
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).where()).isEqualTo(file + ":100");
        assertThat(bad.get(0).reason()).startsWith("not UTF-8 (malformed byte at byte ");
        assertThat(bad.get(0).gdeltRow()).isTrue();
        List<Long> ids = items.stream().filter(SourceItem.GdeltRows.class::isInstance)
                .flatMap(i -> ((SourceItem.GdeltRows) i).rows().stream()).map(GdeltEvent::globalEventId).toList();
        assertThat(ids).hasSize(2999).doesNotContain(5100L).contains(5001L, 5099L, 5101L, 8000L);
    }

    @Test
    void nulAndEscapeInAJsonlTextOrTitleAreRefusedWithTheirLine() throws IOException {
        Path file = dir.resolve("controls.jsonl");
        Files.writeString(file, jsonLine(1) + "\n"
                + "{\"text\": \"Russian forces\\u0000 struck Kharkiv overnight.\"}\n"
                + "{\"text\": \"Russian forces struck Kharkiv\\u001b[31m overnight.\"}\n"
                + "{\"text\": \"Russian forces struck Kharkiv overnight.\", \"title\": \"a\\u001bb\"}\n"
                + jsonLine(5) + "\n", StandardCharsets.UTF_8);
        List<SourceItem> items = read(file);
        assertThat(bad(items)).containsExactly(
                new SourceItem.Bad(file + ":2", "binary text (NUL character at character 14)"),
                new SourceItem.Bad(file + ":3", "binary text (control character U+001B (ESC) at character 29)"),
                new SourceItem.Bad(file + ":4", "binary text (control character U+001B (ESC) at character 1 of "
                        + "\"title\")"));
        assertThat(items).hasSize(5);
    }

    @Test
    void aPageOfRandomBytesIsRefusedWithAReason() throws IOException {
        byte[] noise = new byte[4096];
        new Random(14).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0) {
                noise[i] = 1; // no NUL byte: the page must be refused for what it is, not for a NUL
            }
        }
        Path page = Files.write(dir.resolve("noise.html"), noise);
        List<SourceItem> items = read(page);
        assertThat(items).hasSize(1).first().isInstanceOf(SourceItem.Bad.class);
        assertThat(((SourceItem.Bad) items.get(0)).reason()).startsWith("not UTF-8");
    }

    @Test
    void anEscapeInAPageOrAFeedItemIsRefused() throws IOException {
        Path page = dir.resolve("esc.html");
        Files.writeString(page, "<html><body><p>Russian forces struck \u001b[2J Kharkiv overnight.</p></body></html>");
        assertThat(read(page)).containsExactly(new SourceItem.Bad(page.toString(),
                "binary text (control character U+001B (ESC) at character 22)"));

        Path feed = dir.resolve("feed.rss");
        Files.writeString(feed, """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
                <item><title>One</title><link>https://example.org/1</link>
                <description>Russian forces struck Kharkiv overnight.</description></item>
                <item><title>Two</title><link>https://example.org/2</link>
                <description>Russian forces struck \u001b Kharkiv overnight.</description></item>
                </channel></rss>
                """);
        List<SourceItem> items = read(feed);
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOf(SourceItem.Doc.class);
        assertThat(items.get(1)).isEqualTo(new SourceItem.Bad(feed + "#item 2",
                "binary text (control character U+001B (ESC) at character 22 of \"description\")"));
    }

    @Test
    void aBadByteInAFeedCostsOnlyItsItem() throws IOException {
        Path feed = dir.resolve("latin.rss");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("""
                <?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
                <item><title>One</title><link>https://example.org/1</link>
                <description>Russian forces struck Kharkiv overnight.</description></item>
                <item><title>Two</title><link>https://example.org/2</link>
                <description>The president of Ukraine said\s""".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write("""
                 it was a war crime.</description></item>
                </channel></rss>
                """.getBytes(StandardCharsets.UTF_8));
        Files.write(feed, bytes.toByteArray());
        List<SourceItem> items = read(feed);
        assertThat(bad(items)).extracting(SourceItem.Bad::message).containsExactly(
                feed + ": not UTF-8 (malformed byte at offset " + bytes.toString(StandardCharsets.ISO_8859_1)
                        .indexOf('\u00e9') + "); items with malformed text are skipped, the others are read",
                feed + "#item 2: not UTF-8 (a malformed byte in the item)");
        assertThat(items).filteredOn(SourceItem.Doc.class::isInstance).hasSize(1);
    }
}

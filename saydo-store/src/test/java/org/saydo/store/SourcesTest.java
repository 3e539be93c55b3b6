package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;

class SourcesTest {

    static final String P1 = "Russian President Vladimir Putin met US envoy Steve Witkoff in the Kremlin on Tuesday, "
            + "and the talks lasted for nearly five hours.";
    static final String P2 = "A Kremlin aide said that no compromise had been reached on the territorial questions "
            + "but that the meeting was useful.";

    @TempDir
    Path dir;

    private List<SourceItem> read(Path path) {
        List<SourceItem> items = new ArrayList<>();
        Sources.read(path, items::add);
        return items;
    }

    private static Document doc(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Doc.class);
        return ((SourceItem.Doc) item).document();
    }

    @Test
    void htmlKeepsTheArticleAndItsMetadataAndDropsTheRest() throws IOException {
        Path page = dir.resolve("putin.html");
        Files.writeString(page, """
                <!doctype html><html><head><title>Putin meets Witkoff | Example News</title>
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2025-12-02T21:04:00+03:00">
                <link rel="canonical" href="https://news.example.org/putin-witkoff">
                <script>var tracking = "the of and to in";</script><style>p { color: red }</style></head>
                <body><nav><ul><li>Home</li><li>World</li></ul></nav>
                <header>Subscribe to our newsletter</header>
                <article><h1>Putin meets Witkoff</h1><p>%s</p><div class="share">Share on X</div><p>%s</p>
                <aside>Related: the weather</aside></article>
                <footer>Copyright 2025</footer></body></html>
                """.formatted(P1, P2), StandardCharsets.UTF_8);
        Document d = doc(read(page).get(0));
        assertThat(d.text()).isEqualTo("Putin meets Witkoff\n\n" + P1 + "\n\n" + P2);
        assertThat(d.title()).isEqualTo("Putin meets Witkoff | Example News");
        assertThat(d.outlet()).isEqualTo("Example News");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(d.url()).isEqualTo("https://news.example.org/putin-witkoff");
        assertThat(d.id()).isEqualTo(Document.idOf(d.text()));
    }

    @Test
    void aTimeElementDatesAPageWithoutMeta() throws IOException {
        Path page = dir.resolve("t.htm");
        Files.writeString(page, "<html><body><main><time datetime=\"2025-12-01\">Monday</time><p>" + P1
                + "</p></main></body></html>");
        assertThat(doc(read(page).get(0)).published()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void aCorruptHtmlPageIsOneClearMessage() throws IOException {
        Path binary = dir.resolve("corrupt.html");
        Files.write(binary, new byte[] {'<', 'h', 't', 'm', 'l', '>', 0, 1, 2, (byte) 0xff, '<', 'p'});
        Path empty = dir.resolve("empty.html");
        Files.writeString(empty, "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>");
        assertThat(read(binary)).containsExactly(new SourceItem.Bad(binary.toString(),
                "binary file (NUL byte at offset 6)"));
        assertThat(read(empty)).containsExactly(new SourceItem.Bad(empty.toString(), "no article text found in the page"));
    }

    @Test
    void jsonLinesReadEachLineAndNameABadOne() throws IOException {
        Path file = dir.resolve("reports.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"url\": \"https://tass.com/1\", \"outlet\": \"TASS\", \"date\": \"2025-12-02\", \"title\": \"Talks\", \"text\": \"" + P1 + "\"}",
                "{\"url\": \"https://x/2\", \"text\": ",
                "",
                "{\"outlet\": \"Reuters\", \"date\": \"2025-12-03T10:00:00Z\", \"text\": \"" + P2 + "\", \"lang\": \"en\"}",
                "{\"text\": \"" + P2 + "\", \"date\": \"yesterday\"}"), StandardCharsets.UTF_8);
        List<SourceItem> items = read(file);
        assertThat(items).hasSize(4);
        Document first = doc(items.get(0));
        assertThat(first.source()).isEqualTo("https://tass.com/1");
        assertThat(first.outlet()).isEqualTo("TASS");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(items.get(1)).isInstanceOf(SourceItem.Bad.class);
        assertThat(((SourceItem.Bad) items.get(1)).where()).isEqualTo(file + ":2");
        assertThat(((SourceItem.Bad) items.get(1)).reason()).startsWith("not JSON: ");
        Document third = doc(items.get(2));
        assertThat(third.source()).isEqualTo(file + ":4");
        assertThat(third.published()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(items.get(3)).isEqualTo(new SourceItem.Bad(file + ":5", "bad \"date\": 'yesterday' (expected YYYY-MM-DD)"));
    }

    @Test
    void rssItemsAreDocuments() throws IOException {
        Path feed = dir.resolve("world.rss");
        Files.writeString(feed, """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Example World</title>
                <item><title>Talks</title><link>https://example.org/1</link>
                <pubDate>Tue, 02 Dec 2025 18:00:00 GMT</pubDate><description>&lt;p&gt;%s&lt;/p&gt;</description></item>
                <item><title>Aide</title><link>https://example.org/2</link><description><![CDATA[<p>%s</p>]]></description></item>
                </channel></rss>
                """.formatted(P1, P2), StandardCharsets.UTF_8);
        List<SourceItem> items = read(feed);
        assertThat(items).hasSize(2);
        Document d = doc(items.get(0));
        assertThat(d.text()).isEqualTo(P1);
        assertThat(d.outlet()).isEqualTo("Example World");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(d.source()).isEqualTo("https://example.org/1");
        assertThat(doc(items.get(1)).text()).isEqualTo(P2);
    }

    @Test
    void atomEntriesAreDocuments() throws IOException {
        Path feed = dir.resolve("world.atom");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
                <entry><title>Talks</title><link rel="alternate" href="https://atom.example/1"/>
                <published>2025-12-02T20:00:00Z</published><content type="html">%s</content></entry></feed>
                """.formatted(P1), StandardCharsets.UTF_8);
        Document d = doc(read(feed).get(0));
        assertThat(d.url()).isEqualTo("https://atom.example/1");
        assertThat(d.outlet()).isEqualTo("Atom News");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 2));
    }

    @Test
    void aTruncatedFeedIsOneMessageAndItsCompleteItemsAreRead() throws IOException {
        Path feed = dir.resolve("cut.xml");
        Files.writeString(feed, """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title>
                <item><title>One</title><link>https://cut.example/1</link><description>%s</description></item>
                <item><title>Two</title><link>https://cut.example/2</link><description>A Kremlin aide sa""".formatted(P1));
        List<SourceItem> items = read(feed);
        assertThat(items).hasSize(2);
        assertThat(doc(items.get(0)).text()).isEqualTo(P1);
        assertThat(items.get(1)).isEqualTo(new SourceItem.Bad(feed.toString(),
                "truncated feed: no closing </rss>; read the 1 complete items before the cut"));
    }

    @Test
    void directoriesAreWalkedInNameOrderSkippingOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/2.txt"), "date 2025-12-02\n" + P2);
        Files.writeString(dir.resolve("a.txt"), P1);
        Files.writeString(dir.resolve("notes.pdf"), "%PDF");
        Files.writeString(dir.resolve(".hidden.txt"), P1);
        List<SourceItem> items = read(dir);
        assertThat(items).extracting(i -> doc(i).text()).containsExactly(P1, P2);
        assertThat(read(dir.resolve("notes.pdf")).get(0)).isInstanceOf(SourceItem.Bad.class);
        assertThat(read(dir.resolve("missing"))).containsExactly(new SourceItem.Bad(dir.resolve("missing").toString(),
                "no such file or directory"));
    }
}

package org.saydo.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextAcceptance;
import org.saydo.doc.TextReader;

/**
 * News pages ({@code .html}, {@code .htm}), read with jsoup. Stateless, thread-safe.
 *
 * <p>The main text is the paragraphs, headings, list items and block quotes of the page's {@code <article>}
 * (else {@code <main>}, else {@code [itemprop=articleBody]}, else {@code <body>}), after scripts, styles,
 * navigation, headers, footers, asides, forms and share/related/advert blocks are dropped; blocks are joined by
 * blank lines. Metadata: title from {@code og:title}, else {@code <title>}; date from
 * {@code article:published_time}, {@code date}/{@code pubdate}/{@code datePublished} meta, else the first
 * {@code <time datetime>}; outlet from {@code og:site_name}; URL from {@code <link rel=canonical>} or
 * {@code og:url}. A page that is binary, larger than 20 MB, has no text, or is not English is handed on as
 * {@link SourceItem.Bad}: the page must have no NUL byte, be UTF-8 unless it declares another charset (a
 * {@code <meta charset>} or byte order mark), and its text and metadata must pass {@link TextAcceptance}.
 */
public final class HtmlSource implements SourceReader {

    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".advert, .ad, .ads, .share, .social, .related, .newsletter, .cookie, .comments";

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre");

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        try {
            sink.accept(new SourceItem.Doc(parse(file)));
        } catch (BadDocumentException e) {
            sink.accept(new SourceItem.Bad(e.where(), e.reason()));
        }
    }

    /** Reads one page; throws {@link BadDocumentException} naming the file. */
    public static Document parse(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > TextAcceptance.MAX_BYTES) {
                throw new BadDocumentException(file, "larger than 20 MB (" + size + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadDocumentException(file, "cannot read: " + e);
        }
        TextAcceptance.requireNoNulByte(file.toString(), bytes);
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, file.toUri().toString());
        } catch (IOException | RuntimeException e) {
            throw new BadDocumentException(file, "not an HTML page: " + e.getMessage());
        }
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            requireUtf8(file, bytes);
        }
        String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title());
        LocalDate date = date(page);
        String outlet = meta(page, "meta[property=og:site_name]");
        String url = firstNonBlank(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "meta[property=og:url]"));
        page.select(DROP).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.selectFirst("[itemprop=articleBody]");
        }
        if (root == null) {
            root = page.body();
        }
        List<String> blocks = new ArrayList<>();
        for (Element e : root.select(String.join(", ", BLOCKS))) {
            if (!insideBlock(e, root)) {
                String text = e.text().strip();
                if (!text.isEmpty()) {
                    blocks.add(text);
                }
            }
        }
        String text = blocks.isEmpty() ? root.text().strip() : String.join("\n\n", blocks);
        if (text.isEmpty()) {
            throw new BadDocumentException(file, "no article text found in the page");
        }
        TextAcceptance.require(file.toString(), text);
        TextAcceptance.requireNoControls(file.toString(), "title", title);
        TextAcceptance.requireNoControls(file.toString(), "outlet", outlet);
        TextAcceptance.requireNoControls(file.toString(), "url", url);
        return new Document(Document.idOf(text), file.toString(), url, outlet, title, date, text);
    }

    /** A page read as UTF-8 (declared so, or declaring nothing) must be UTF-8: no replacement characters. */
    private static void requireUtf8(Path file, byte[] bytes) {
        try {
            TextReader.decode(file.toString(), bytes);
        } catch (BadDocumentException e) {
            throw new BadDocumentException(file, e.reason().replace("not UTF-8", "not UTF-8 and no other charset "
                    + "declared"));
        }
    }

    private static boolean insideBlock(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (BLOCKS.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(org.jsoup.nodes.Document page) {
        for (String query : List.of("meta[property=article:published_time]", "meta[name=date]",
                "meta[name=pubdate]", "meta[itemprop=datePublished]", "meta[name=dc.date]")) {
            LocalDate d = isoDate(meta(page, query));
            if (d != null) {
                return d;
            }
        }
        return isoDate(attr(page, "time[datetime]", "datetime"));
    }

    /** The date at the start of an ISO date or date-time, or null. */
    static LocalDate isoDate(String value) {
        if (value == null || value.length() < 10 || !value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String meta(org.jsoup.nodes.Document page, String query) {
        return attr(page, query, "content");
    }

    private static String attr(org.jsoup.nodes.Document page, String query, String attribute) {
        Element e = page.selectFirst(query);
        if (e == null) {
            return null;
        }
        String value = e.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }
}

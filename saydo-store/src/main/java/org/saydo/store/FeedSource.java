package org.saydo.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextAcceptance;
import org.saydo.doc.TextReader;

/**
 * RSS 2.0 and Atom feed files ({@code .rss}, {@code .atom}, {@code .xml}), read with jsoup's XML parser. Each
 * item (RSS {@code <item>}, Atom {@code <entry>}) is one document: text from {@code content:encoded} or
 * {@code description} (RSS), {@code content} or {@code summary} (Atom), with HTML markup removed; title; link
 * as URL and source; date from {@code pubDate} (RFC 1123), {@code published}/{@code updated} or
 * {@code dc:date} (ISO); outlet from the feed's own title. An item without text is one
 * {@link SourceItem.Bad} naming {@code file#item N}.
 *
 * <p>The feed is UTF-8: when it is not, that is reported once as bad, the items whose text holds a malformed byte
 * are bad, and the other items are read. Every item's text and title pass {@link TextAcceptance}.
 *
 * <p>A truncated feed (no closing {@code </rss>}, {@code </feed>} or {@code </rdf:RDF>}) is reported once as
 * bad, and the items closed before the cut are still read. Stateless, thread-safe.
 */
public final class FeedSource implements SourceReader {

    private static final Pattern CLOSE_ROOT = Pattern.compile("</(rss|feed|rdf:RDF)>\\s*\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE_ITEM = Pattern.compile("</(item|entry)>", Pattern.CASE_INSENSITIVE);

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        String xml;
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > TextAcceptance.MAX_BYTES) {
                sink.accept(new SourceItem.Bad(file.toString(), "larger than 20 MB (" + size + " bytes)"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.accept(new SourceItem.Bad(file.toString(), "cannot read: " + e));
            return;
        }
        boolean malformed = false;
        try {
            xml = TextReader.decode(file.toString(), bytes);
        } catch (BadDocumentException e) {
            malformed = true;
            sink.accept(new SourceItem.Bad(file.toString(), e.reason()
                    + "; items with malformed text are skipped, the others are read"));
            xml = new String(bytes, StandardCharsets.UTF_8);
        }
        org.jsoup.nodes.Document feed = Jsoup.parse(xml, file.toUri().toString(), Parser.xmlParser());
        boolean atom = feed.getElementsByTag("feed").first() != null;
        boolean rss = feed.getElementsByTag("rss").first() != null || feed.getElementsByTag("rdf:RDF").first() != null
                || feed.getElementsByTag("channel").first() != null;
        if (!atom && !rss) {
            sink.accept(new SourceItem.Bad(file.toString(), "not an RSS or Atom feed (no <rss>, <feed> or <channel>)"));
            return;
        }
        List<Element> items = feed.getElementsByTag(atom ? "entry" : "item");
        int complete = items.size();
        boolean truncated = !CLOSE_ROOT.matcher(xml).find();
        if (truncated) {
            Matcher m = CLOSE_ITEM.matcher(xml);
            complete = 0;
            while (m.find()) {
                complete++;
            }
            complete = Math.min(complete, items.size());
        }
        Element titleElement = atom ? feed.getElementsByTag("feed").first().getElementsByTag("title").first()
                : firstChild(feed.getElementsByTag("channel").first(), "title");
        String outlet = titleElement == null ? null : blankToNull(titleElement.text());
        for (int i = 0; i < complete; i++) {
            String where = file + "#item " + (i + 1);
            try {
                sink.accept(new SourceItem.Doc(item(where, items.get(i), atom, outlet, malformed)));
            } catch (BadDocumentException e) {
                sink.accept(new SourceItem.Bad(e.where(), e.reason()));
            }
        }
        if (truncated) {
            sink.accept(new SourceItem.Bad(file.toString(), "truncated feed: no closing </" + (atom ? "feed" : "rss")
                    + ">; read the " + complete + " complete items before the cut"));
        }
    }

    private static Document item(String where, Element item, boolean atom, String outlet, boolean malformed) {
        String title = text(firstChild(item, "title"));
        String link;
        String date;
        String html;
        if (atom) {
            Element linkElement = null;
            for (Element l : item.getElementsByTag("link")) {
                if (l.attr("rel").isEmpty() || l.attr("rel").equals("alternate")) {
                    linkElement = l;
                    break;
                }
            }
            if (linkElement == null) {
                linkElement = item.getElementsByTag("link").first();
            }
            link = linkElement == null ? null : blankToNull(linkElement.attr("href"));
            date = firstNonBlank(text(firstChild(item, "published")), text(firstChild(item, "updated")));
            html = firstNonBlank(text(firstChild(item, "content")), text(firstChild(item, "summary")));
        } else {
            link = text(firstChild(item, "link"));
            date = firstNonBlank(text(firstChild(item, "pubDate")), text(firstChild(item, "dc:date")));
            html = firstNonBlank(text(firstChild(item, "content:encoded")), text(firstChild(item, "description")));
        }
        if (malformed && (contains(html, '\uFFFD') || contains(title, '\uFFFD') || contains(link, '\uFFFD'))) {
            throw new BadDocumentException(where, "not UTF-8 (a malformed byte in the item)");
        }
        TextAcceptance.requireNoControls(where, atom ? "content" : "description", html);
        String body = html == null ? null : blankToNull(Jsoup.parse(html).text());
        if (body == null) {
            throw new BadDocumentException(where, "item has no text (no description or content)");
        }
        TextAcceptance.require(where, body);
        TextAcceptance.requireNoControls(where, "title", title);
        TextAcceptance.requireNoControls(where, "link", link);
        TextAcceptance.requireNoControls(where, "outlet", outlet);
        return new Document(Document.idOf(body), link != null ? link : where, link, outlet, title, date(date), body);
    }

    /** A feed date: RFC 1123 ({@code Tue, 02 Dec 2025 18:00:00 GMT}) or ISO; null when absent or unreadable. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        LocalDate iso = HtmlSource.isoDate(value);
        if (iso != null) {
            return iso;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean contains(String s, char c) {
        return s != null && s.indexOf(c) >= 0;
    }

    private static Element firstChild(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Element child : parent.children()) {
            if (child.tagName().equalsIgnoreCase(tag)) {
                return child;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

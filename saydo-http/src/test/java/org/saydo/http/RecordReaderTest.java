package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saydo.record.Modality;
import org.saydo.store.EventQuery;
import org.saydo.store.RecordStore;
import org.saydo.store.StoredEvent;

/** The reader's event pages say what {@code RecordStore.events} (and so {@code saydo events}) says. */
class RecordReaderTest {

    @TempDir
    static Path dir;

    static RecordStore store;
    static RecordReader reader;

    @BeforeAll
    static void open() throws Exception {
        store = TestRecord.create(dir);
        reader = RecordReader.open(store.file(), 2);
    }

    @AfterAll
    static void close() {
        reader.close();
        store.close();
    }

    static Stream<EventQuery> queries() {
        EventQuery all = EventQuery.all();
        return Stream.of(all, all.withActor("RUS"), all.withActor("RUSGOV").withTarget("UKR"), all.withCameo("19"),
                all.withDates(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 3)),
                all.withModalities(Set.of(Modality.INTENT)), all.withOutlet("Reuters"), all.withOrigin("saydo"),
                all.withActor("NOBODY"), all.withActor("RUS' OR 1=1 --"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void pagesTogetherAreTheStoresRows(EventQuery q) {
        List<StoredEvent> expected = store.events(q);
        List<StoredEvent> paged = new ArrayList<>();
        Cursor cursor = null;
        do {
            RecordReader.Page<RecordReader.EventRow> page = reader.events(q, null, RecordReader.Order.ASC, cursor, 1);
            page.items().forEach(r -> paged.add(r.event()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(paged).isEqualTo(expected);
        List<StoredEvent> descending = new ArrayList<>();
        reader.events(q, null, RecordReader.Order.DESC, null, 1000).items().forEach(r -> descending.add(r.event()));
        List<StoredEvent> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertThat(descending).isEqualTo(reversed);
    }

    /** A document's events carry the same report counts and outlets as the store's event rows of their keys. */
    @org.junit.jupiter.api.Test
    void aDocumentsEventsCountTheirKeysReportsAsTheStoreDoes() {
        java.util.Map<Long, StoredEvent> byKey = new java.util.HashMap<>();
        store.events(EventQuery.all()).forEach(e -> byKey.put(e.eventKey(), e));
        int seen = 0;
        for (String text : List.of(TestRecord.GENEVA, TestRecord.KYIV, TestRecord.WASHINGTON, TestRecord.THREAT)) {
            RecordReader.DocumentView view = reader.document(org.saydo.doc.Document.idOf(text)).orElseThrow();
            for (RecordReader.EventRow row : view.events()) {
                StoredEvent expected = byKey.get(row.event().eventKey());
                assertThat(row.event().reports()).as(text).isEqualTo(expected.reports()).isPositive();
                assertThat(row.event().outlets()).as(text).isEqualTo(expected.outlets()).isNotEmpty();
                seen++;
            }
        }
        assertThat(seen).isEqualTo(6);
    }
}

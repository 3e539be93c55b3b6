package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.saydo.record.Coder;
import org.saydo.store.FakeCoder;
import org.saydo.store.RecordStore;

/**
 * The HTTP tests' fixture: a real server on a free loopback port over a real store file holding {@link TestRecord},
 * the lines it logged, and a client for it. A test class starts one in {@code @BeforeAll} and closes it in
 * {@code @AfterAll}.
 */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    final RecordStore store;
    final RecordService service;
    final SaydoServer server;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** Creates a test's record in a directory and returns it, opened. */
    @FunctionalInterface
    interface Fixture {
        RecordStore create(Path dir) throws IOException;
    }

    private TestServer(Path dir, Fixture record, Supplier<Coder> coder, UnaryOperator<SaydoServer.Options> options)
            throws IOException {
        store = record.create(dir);
        service = RecordService.over(store, coder);
        SaydoServer started = null;
        try {
            started = SaydoServer.start(service, options.apply(SaydoServer.Options.local(0).withLog(log::add)));
        } finally {
            if (started == null) {
                service.close();
                store.close();
            }
        }
        server = started;
    }

    /** A server with the fake coder, no token (writes refused) and default limits. */
    static TestServer start(Path dir) throws IOException {
        return start(dir, FakeCoder::new, o -> o);
    }

    /**
     * A server over a new record in {@code dir}.
     *
     * @param coder codes posted documents
     * @param options changes the loopback, any-port options whose log this fixture keeps ({@link #logged()})
     */
    static TestServer start(Path dir, Supplier<Coder> coder, UnaryOperator<SaydoServer.Options> options)
            throws IOException {
        return new TestServer(dir, TestRecord::create, coder, options);
    }

    /** A server with the fake coder and default options over the record {@code record} creates in {@code dir}. */
    static TestServer over(Path dir, Fixture record) throws IOException {
        return new TestServer(dir, record, FakeCoder::new, o -> o);
    }

    int port() {
        return server.port();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST; {@code authorization} is the Authorization header, or null for none. */
    HttpRequest post(String path, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    /** The log lines so far (the server's threads append while a test reads). */
    List<String> logged() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /**
     * Waits for the request log line that starts {@code start} ({@code "GET /healthz 200"}) and checks it ends in
     * the time taken. Jetty writes the line when the exchange is complete, which may be just after the client has
     * read the response.
     */
    void awaitLog(String start) throws InterruptedException {
        for (int i = 0; i < 100 && logged().stream().noneMatch(l -> l.startsWith(start + " ")); i++) {
            Thread.sleep(50);
        }
        assertThat(logged()).as("a log line " + start).anySatisfy(l -> assertThat(l).matches(Pattern.quote(start)
                + " [0-9.]+ms"));
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                service.close();
            } finally {
                store.close();
            }
        }
    }
}

package org.saydo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.saydo.http.RecordService;
import org.saydo.http.SaydoServer;
import org.saydo.nlp.Budget;
import org.saydo.record.Coder;
import org.saydo.store.CameoTable;
import org.saydo.store.RecordStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code saydo serve}: the HTTP API and dashboard over the record, until SIGTERM or Ctrl-C (which finish the
 * requests in flight). Binds 127.0.0.1 unless {@code --bind} says otherwise, and then a {@code --token-file} is
 * required. Exit 0 after a clean stop, 1 when the store or the port fails, 2 on bad usage. One instance per run.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (/api/..., /openapi.json, /healthz) and the dashboard (/).",
            "Writes (POST /api/documents) need 'Authorization: Bearer TOKEN' with the token of --token-file."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", paramLabel = "N", description = "port to listen on, 0 for any free one "
            + "(default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE});"
            + " anything but loopback needs --token-file")
    String bind = "127.0.0.1";

    @Option(names = "--token-file", paramLabel = "FILE", description = "file holding the bearer token that writes "
            + "need (one word); without it every write is refused")
    Path tokenFile;

    @Option(names = "--write-queue", paramLabel = "N", description = "posted documents that may wait while one is "
            + "coded; more are answered 503 with Retry-After (default: ${DEFAULT-VALUE})")
    int writeQueue = SaydoServer.Options.DEFAULT_WRITE_QUEUE;

    @CommandLine.Mixin
    JudgeOptions judge = new JudgeOptions();

    @Mixin
    NarrativeLabelling narratives = new NarrativeLabelling();

    /** This command, labelling posted documents' narratives with {@code labeller} (null for none). */
    ServeCommand withNarratives(org.saydo.store.StoredNarratives.Labeller labeller) {
        narratives.labeller = labeller;
        return this;
    }

    private final CoderFactory coders;
    private final CameoTable cameo;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile SaydoServer running;

    /**
     * @param coder builds the coding chain on the first posted document
     * @param cameo the CAMEO table of the store
     */
    public ServeCommand(Supplier<Coder> coder, CameoTable cameo) {
        this((actors, budget, choice) -> coder.get(), cameo);
        Objects.requireNonNull(coder, "coder");
    }

    /** The command with a coder built for the judge the options choose (production), within the default budget. */
    public static ServeCommand of(CoderFactory coders, CameoTable cameo) {
        return new ServeCommand(coders, cameo).withNarratives(RecordNarratives.standard());
    }

    private ServeCommand(CoderFactory coders, CameoTable cameo) {
        this.coders = Objects.requireNonNull(coders, "coders");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override
    public Integer call() throws InterruptedException {
        JudgeChoice choice = judge.choice();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        if (writeQueue < 0) {
            throw new ParameterException(spec.commandLine(), "--write-queue must be 0 or more, not " + writeQueue);
        }
        SaydoServer.Options options;
        try {
            String token = tokenFile == null ? null : SaydoServer.readToken(tokenFile);
            options = new SaydoServer.Options(bind, port, token, line -> {
                err.println(line);
                err.flush();
            }, 30_000, writeQueue);
        } catch (IllegalArgumentException e) {
            err.println("saydo serve: " + e.getMessage());
            return 2;
        }
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                cleanedUp.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "saydo-serve-shutdown");
        try (RecordStore record = store.open(cameo); RecordService service = RecordService.over(record, () -> coders.build(List.of(), Budget.DEFAULT, choice))
                        .withNarratives(narratives.active())) {
            SaydoServer server = SaydoServer.start(service, options);
            running = server;
            Runtime.getRuntime().addShutdownHook(hook);
            RecordStore.Counts c = record.counts();
            out.printf("saydo: serving %s (%d documents, %d events, %d quotes) on http://%s:%d/ ; writes %s; "
                    + "Ctrl-C stops%n", record.file(), c.documents(), c.events(), c.quotes(), hostForUrl(bind),
                    server.port(), options.token() == null ? "disabled (no --token-file)" : "need the bearer token");
            out.flush();
            stopRequested.await();
            err.println("saydo: stopping (finishing requests in flight)");
            server.stop();
        } finally {
            running = null;
            cleanedUp.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // shutting down already, or the hook was never added
            }
        }
        return 0;
    }

    /** The port the running server listens on, or -1 when it is not running (for tests). */
    int port() {
        SaydoServer s = running;
        return s == null ? -1 : s.port();
    }

    /** Stops the server as SIGTERM would (for tests). */
    void stop() {
        stopRequested.countDown();
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}

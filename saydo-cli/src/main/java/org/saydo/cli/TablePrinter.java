package org.saydo.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Event;
import org.saydo.record.Quote;

/** Prints a coded document as a table a person reads. Not thread-safe (one writer). */
final class TablePrinter {

    private final PrintWriter out;
    private final CameoOntology ontology;

    TablePrinter(PrintWriter out, CameoOntology ontology) {
        this.out = out;
        this.ontology = ontology;
    }

    void print(CodedDocument coded) {
        out.printf(Locale.ROOT, "== %s (%s), %d sentences: %d events, %d quotes%n", coded.document().source(),
                coded.document().published() == null ? "no date" : coded.document().published(), coded.sentences(),
                coded.events().size(), coded.quotes().size());
        if (!coded.events().isEmpty()) {
            out.printf(Locale.ROOT, "%-4s %-10s %-12s %-12s %-5s %-34s %-12s %s%n", "sent", "date", "modality",
                    "source", "cameo", "event", "target", "trigger");
            for (Event e : coded.events()) {
                out.printf(Locale.ROOT, "%-4d %-10s %-12s %-12s %-5s %-34s %-12s %s%n", e.provenance().sentence(),
                        e.date() == null ? "-" : e.date() + (e.dateBasis().label().equals("text") ? "" : "*"),
                        e.modality().label(), e.source().code(), e.cameo(), cut(ontology.get(e.cameo()).name(), 34),
                        code(e.target()), e.provenance().trigger());
            }
        }
        for (Quote q : coded.quotes()) {
            out.printf(Locale.ROOT, "%-4d %-12s %s %s: %s%n", q.provenance().sentence(), q.speaker().code(),
                    q.direct() ? "said" : "said that", "(" + q.speaker().text() + ")", q.direct() ? "\u201c"
                            + cut(q.quote(), 100) + "\u201d" : cut(q.quote(), 100));
        }
        out.println();
    }

    private static String code(ActorRef a) {
        return a == null ? "-" : a.code();
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}

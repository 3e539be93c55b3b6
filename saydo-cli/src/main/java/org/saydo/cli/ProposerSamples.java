package org.saydo.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.saydo.evaluate.ActorCodes;
import org.saydo.evaluate.GoldDocument;
import org.saydo.evaluate.GoldEvent;
import org.saydo.judge.Embedder;
import org.saydo.judge.JudgeTrainer;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.judge.Proposer;
import org.saydo.judge.ProposerModel;
import org.saydo.judge.ProposerTrainer;
import org.saydo.record.Event;

/**
 * The proposer's training data and its out-of-sample figures. An open candidate takes the root of a gold event
 * of its document not yet taken whose span overlaps the candidate's sentence and whose source and target are the
 * candidate's (primary codes, as {@code saydo evaluate} matches), else {@code none}. The halves split the
 * documents by story (the file name without its shape, so that a syndicated copy falls with its original).
 * Stateless.
 */
final class ProposerSamples {

    /** The thresholds the out-of-sample figures are printed for. */
    static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

    private ProposerSamples() {
    }

    /**
     * One open candidate of a document, labelled; or ({@code open} false) one of the dictionaries' events that
     * matched a gold event, as an open candidate of its root (more examples of what each root's sentences say).
     */
    record Labelled(String doc, String story, ProposerTrainer.Sample sample, boolean open) {
    }

    /** The events of the dictionaries that matched gold, as open candidates of the matched roots. */
    static List<Labelled> matched(GoldDocument gold, List<org.saydo.evaluate.DocumentScore.Pair> pairs) {
        List<Labelled> out = new ArrayList<>();
        for (var pair : pairs) {
            Event e = pair.system();
            Event open = new Event(e.source(), e.target(), org.saydo.record.CodedDocument.OPEN, e.modality(),
                    e.reportedBy(), e.date(), e.dateBasis(), e.dateText(), e.text(),
                    e.provenance().withRule(org.saydo.judge.ProposalFeatures.OPEN_RULE + "-"));
            out.add(new Labelled(gold.doc(), story(gold), new ProposerTrainer.Sample(open, pair.gold().root()),
                    false));
        }
        return out;
    }

    private static String story(GoldDocument gold) {
        return gold.doc().replaceFirst("-[a-z]+\\.txt$", "");
    }

    /** The labelled open candidates of one gold document. */
    static List<Labelled> label(GoldDocument gold, List<Event> open) {
        List<Labelled> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        String story = story(gold);
        for (Event e : open) {
            String label = ProposerModel.NONE;
            for (int i = 0; i < gold.events().size(); i++) {
                GoldEvent g = gold.events().get(i);
                if (!taken.contains(i) && g.start() < e.provenance().sentenceEnd()
                        && g.end() > e.provenance().sentenceStart()
                        && ActorCodes.samePrimary(g.source(), e.source().code())
                        && ActorCodes.samePrimary(g.target(), e.target() == null ? null : e.target().code())) {
                    taken.add(i);
                    label = g.root();
                    break;
                }
            }
            out.add(new Labelled(gold.doc(), story, new ProposerTrainer.Sample(e, label), true));
        }
        return out;
    }

    /**
     * Trains on one half of the stories and proposes on the other, both ways: per threshold, the events proposed
     * and how many of them carry the root of a gold event (same sentence and dyad), summed over both halves.
     */
    static List<String> halves(List<Labelled> all, Embedder embedder, JudgeTrainer.Settings settings) {
        List<String> out = new ArrayList<>();
        int[] proposed = new int[THRESHOLDS.length];
        int[] matched = new int[THRESHOLDS.length];
        int gold = 0;
        for (int half = 0; half < 2; half++) {
            List<ProposerTrainer.Sample> train = new ArrayList<>();
            Map<String, List<Labelled>> test = new LinkedHashMap<>();
            for (Labelled l : all) {
                if (half(l.story()) == half) {
                    train.add(l.sample());
                } else if (l.open()) {
                    test.computeIfAbsent(l.doc(), d -> new ArrayList<>()).add(l);
                    if (!l.sample().label().equals(ProposerModel.NONE)) {
                        gold++;
                    }
                }
            }
            ProposerModel model = ProposerTrainer.train(train, embedder, MiniLmEmbedder.NAME, settings, Map.of())
                    .model();
            for (int t = 0; t < THRESHOLDS.length; t++) {
                Proposer p = new Proposer(model, embedder, THRESHOLDS[t]);
                for (List<Labelled> doc : test.values()) {
                    Set<String> truth = new HashSet<>();
                    for (Labelled l : doc) {
                        truth.add(key(l.sample().open(), l.sample().label()));
                    }
                    for (Event e : p.propose(doc.stream().map(l -> l.sample().open()).toList())) {
                        proposed[t]++;
                        if (truth.contains(key(e, e.cameo().substring(0, 2)))) {
                            matched[t]++;
                        }
                    }
                }
            }
        }
        for (int t = 0; t < THRESHOLDS.length; t++) {
            out.add(String.format(Locale.ROOT, "threshold %.2f: proposed %d, matched %d (%.1f%%), of %d gold events "
                    + "open candidates reach", THRESHOLDS[t], proposed[t], matched[t],
                    proposed[t] == 0 ? 0.0 : 100.0 * matched[t] / proposed[t], gold));
        }
        return out;
    }

    private static int half(String story) {
        return Math.floorMod(story.hashCode(), 2);
    }

    private static String key(Event e, String root) {
        return e.provenance().sentence() + "|" + e.source().code() + "|"
                + (e.target() == null ? "" : e.target().code()) + "|" + root;
    }
}

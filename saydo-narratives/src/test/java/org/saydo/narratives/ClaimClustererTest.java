package org.saydo.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.judge.Embedder;
import org.saydo.judge.MiniLmEmbedder;

/** Claims that say the same thing in several documents form one cluster, named by its most central claim. */
class ClaimClustererTest {

    private static ClaimClusterer.Claim claim(String doc, int sentence, String date, float... v) {
        return new ClaimClusterer.Claim(doc, sentence, doc + "#" + sentence, LocalDate.parse(date), v);
    }

    @Test
    void nearVectorsInThreeDocumentsAreOneClusterWithItsDatesAndWeeks() {
        List<ClaimClusterer.Claim> claims = List.of(
                claim("d1", 0, "2025-12-01", 1, 0, 0),
                claim("d1", 1, "2025-12-01", 0, 1, 0),
                claim("d2", 0, "2025-12-03", 0.95f, 0.05f, 0),
                claim("d2", 1, "2025-12-03", 0, 0, 1),
                claim("d3", 4, "2025-12-08", 0.9f, 0.1f, 0));
        List<ClaimClusterer.Cluster> out = new ClaimClusterer(0.8, 3).cluster(claims);
        assertThat(out).hasSize(1);
        ClaimClusterer.Cluster c = out.get(0);
        assertThat(c.documents()).containsExactly("d1", "d2", "d3");
        // cosines to the centroid, by hand: 0.99852, 0.99999, 0.99842
        assertThat(c.name()).isEqualTo("d2#0");
        assertThat(c.firstSeen()).isEqualTo(LocalDate.parse("2025-12-01"));
        // 2025-12-01 and 2025-12-03 are in ISO week 49, 2025-12-08 in week 50
        assertThat(c.perWeek()).containsExactly(java.util.Map.entry("2025-W49", 2), java.util.Map.entry("2025-W50", 1));
        assertThat(c.id()).startsWith("c").hasSize(9);
        assertThat(new ClaimClusterer(0.8, 4).cluster(claims)).as("voiced in 3 documents, not 4").isEmpty();
        assertThat(new ClaimClusterer(0.8, 3).cluster(claims)).extracting(ClaimClusterer.Cluster::id)
                .as("deterministic").containsExactly(c.id());
    }

    @Test
    void paraphrasesClusterTogetherAndAnUnrelatedSentenceDoesNot() {
        Embedder e = new MiniLmEmbedder();
        List<String> texts = List.of("The West is tired of Ukraine and will soon stop sending weapons.",
                "Western countries are growing weary of Ukraine and will cut off arms deliveries.",
                "Europe and America are fed up with Kyiv and plan to end military aid.",
                "The city council approved the budget for new school buses.");
        List<float[]> v = e.embed(texts);
        List<ClaimClusterer.Claim> claims = List.of(
                new ClaimClusterer.Claim("a", 0, texts.get(0), null, v.get(0)),
                new ClaimClusterer.Claim("b", 0, texts.get(1), null, v.get(1)),
                new ClaimClusterer.Claim("c", 0, texts.get(2), null, v.get(2)),
                new ClaimClusterer.Claim("c", 1, texts.get(3), null, v.get(3)));
        // cosines measured: 0.793 and 0.541 / 0.533 between the paraphrases, at most 0.116 to the school buses
        List<ClaimClusterer.Cluster> out = new ClaimClusterer(0.5, 3).cluster(claims);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).claims()).extracting(ClaimClusterer.Claim::text).doesNotContain(texts.get(3))
                .hasSize(3);
        assertThat(out.get(0).firstSeen()).isNull();
    }

    @Test
    void theIndexFindsTheSameParaphraseGroupsAsComparingWithEveryCluster() {
        // 300 propositions (random directions in 64 dimensions, nearly orthogonal), each said 10 times with noise
        // (cosine about 0.96 to the proposition, 0.92 between two sayings), in shuffled order: 3,000 claims
        java.util.Random random = new java.util.Random(7);
        int dim = 64;
        float[][] propositions = new float[300][dim];
        for (float[] p : propositions) {
            for (int d = 0; d < dim; d++) {
                p[d] = (float) random.nextGaussian();
            }
        }
        List<Integer> said = new java.util.ArrayList<>();
        for (int p = 0; p < propositions.length; p++) {
            for (int r = 0; r < 10; r++) {
                said.add(p);
            }
        }
        java.util.Collections.shuffle(said, random);
        List<ClaimClusterer.Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < said.size(); i++) {
            float[] v = propositions[said.get(i)].clone();
            for (int d = 0; d < dim; d++) {
                v[d] += (float) (0.3 * random.nextGaussian());
            }
            claims.add(new ClaimClusterer.Claim("d" + i / 20, i % 20, "claim " + i, null, v));
        }
        int[] exact = new ClaimClusterer(0.65, 1, Integer.MAX_VALUE).assign(claims);
        int[] indexed = new ClaimClusterer(0.65, 1, 0).assign(claims);
        assertThat(java.util.Arrays.stream(exact).max().getAsInt() + 1).as("one cluster per proposition")
                .isEqualTo(300);
        for (int i = 0; i < said.size(); i++) {
            for (int j = i + 1; j < said.size(); j++) {
                if (said.get(i).equals(said.get(j))) {
                    assertThat(exact[j]).as("claims %d and %d say the same", i, j).isEqualTo(exact[i]);
                }
            }
        }
        assertThat(indexed).containsExactly(exact);
    }

    @Test
    void badSettingsAreRefusedWithTheValues() {
        assertThatThrownBy(() -> new ClaimClusterer(1.5, 3)).hasMessageContaining("threshold=1.5");
        assertThatThrownBy(() -> new ClaimClusterer(0.8, 0)).hasMessageContaining("minDocs=0");
    }
}

package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnEmptySideNone() {
        Map<Double, Long> w = Map.of(1.0, 3L, 4.0, 2L, -10.0, 1L);
        Map<Double, Long> d = Map.of(-10.0, 4L, 7.0, 1L);
        Bootstrap.Intervals a = Bootstrap.intervals(w, d, 7);
        assertThat(Bootstrap.intervals(w, d, 7)).isEqualTo(a);
        // a mean of resampled values lies between the smallest and the largest value
        assertThat(a.words().low()).isBetween(-10.0, 4.0);
        assertThat(a.words().high()).isBetween(a.words().low(), 4.0);
        assertThat(a.gap().low()).isLessThan(a.gap().high());
        Bootstrap.Intervals none = Bootstrap.intervals(w, Map.of(), 7);
        assertThat(none.deeds().low()).isNull();
        assertThat(none.gap().low()).isNull();
        assertThat(none.words().low()).isNotNull();
        // one act: nothing to vary, the interval is the point
        Bootstrap.Intervals one = Bootstrap.intervals(Map.of(2.5, 1L), Map.of(-4.0, 1L), 1);
        assertThat(one.gap().low()).isEqualTo(6.5);
        assertThat(one.gap().high()).isEqualTo(6.5);
    }

    /**
     * Coverage: acts drawn from a known law (Goldstein -10 with probability 0.3, +4 otherwise: mean -0.2), 300
     * samples of 40 words and 40 deeds each; the 95% interval of the words' mean should hold the true mean about
     * 95% of the time (a percentile bootstrap at n = 40 runs a little short), and the gap's interval the true gap 0.
     */
    @Test
    void intervalsHoldTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        SplittableRandom rnd = new SplittableRandom(15);
        int holds = 0;
        int gapHolds = 0;
        int samples = 300;
        for (int s = 0; s < samples; s++) {
            Map<Double, Long> w = new HashMap<>();
            Map<Double, Long> d = new HashMap<>();
            for (int i = 0; i < 40; i++) {
                w.merge(rnd.nextDouble() < 0.3 ? -10.0 : 4.0, 1L, Long::sum);
                d.merge(rnd.nextDouble() < 0.3 ? -10.0 : 4.0, 1L, Long::sum);
            }
            Bootstrap.Intervals i = Bootstrap.intervals(w, d, s);
            if (i.words().low() <= -0.2 && -0.2 <= i.words().high()) {
                holds++;
            }
            if (i.gap().low() <= 0 && 0 <= i.gap().high()) {
                gapHolds++;
            }
        }
        assertThat((double) holds / samples).isBetween(0.90, 0.99);
        assertThat((double) gapHolds / samples).isBetween(0.90, 0.99);
    }

    /** Above the resampling limit the replicate means follow the normal law: width 2 x 1.96 x sd / sqrt(n). */
    @Test
    void largeSidesUseTheNormalLawOfTheMean() {
        // 10,000 acts, half -10 and half +10: mean 0, sd 10; width 2 * 1.96 * 10 / 100 = 0.392
        Bootstrap.Intervals i = Bootstrap.intervals(Map.of(-10.0, 5000L, 10.0, 5000L), Map.of(0.0, 1L), 3);
        assertThat(i.words().high() - i.words().low()).isCloseTo(0.392, within(0.04));
        assertThat((i.words().high() + i.words().low()) / 2).isCloseTo(0.0, within(0.03));
    }
}

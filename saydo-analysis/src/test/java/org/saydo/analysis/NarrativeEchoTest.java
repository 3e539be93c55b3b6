package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.store.NarrativeReads.Voicing;

/** Who voiced a narrative after whom: every actor's first claim and the last claim of another actor before it. */
class NarrativeEchoTest {

    private static Voicing v(String label, String actor, String date) {
        return new Voicing(label, actor, actor + " name", LocalDate.parse(date), "d-" + actor + date);
    }

    @Test
    void eachActorsFirstClaimComesAfterTheLatestEarlierClaimOfAnotherActor() {
        List<NarrativeAnalysis.Echo> echo = NarrativeAnalysis.echo(List.of(
                v("N", "RUSGOV", "2024-03-01"),
                v("N", "RUSGOV", "2024-03-09"), // RUSGOV again: BLRGOV's first (03-12) comes 3 days after this one
                v("N", "BLRGOV", "2024-03-12"),
                v("N", "IRNGOV", "2024-03-12"), // same day as BLRGOV: both come after RUSGOV, not after each other
                v("N", "BLRGOV", "2024-03-20"),
                v("N", "CHNGOV", "2024-03-20"), // after BLRGOV's and IRNGOV's 03-12: the tie goes to the smaller code
                v("M", "USAGOV", "2024-01-05")));
        assertThat(echo).extracting(NarrativeAnalysis.Echo::label, NarrativeAnalysis.Echo::actor,
                NarrativeAnalysis.Echo::after, NarrativeAnalysis.Echo::lagDays).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M", "USAGOV", null, null),
                        org.assertj.core.groups.Tuple.tuple("N", "RUSGOV", null, null),
                        org.assertj.core.groups.Tuple.tuple("N", "BLRGOV", "RUSGOV", 3L),
                        org.assertj.core.groups.Tuple.tuple("N", "IRNGOV", "RUSGOV", 3L),
                        org.assertj.core.groups.Tuple.tuple("N", "CHNGOV", "BLRGOV", 8L));
        assertThat(echo.get(2).afterDate()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(echo.get(2).first()).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void noVoicingsNoEcho() {
        assertThat(NarrativeAnalysis.echo(List.of())).isEmpty();
    }
}

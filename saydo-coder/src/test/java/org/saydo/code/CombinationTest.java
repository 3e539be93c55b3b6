package org.saydo.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saydo.code.Combination.Family;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;

/** The combination table against the CAMEO codebook's definitions, worked out by hand. */
class CombinationTest {

    @Test
    void promisesAppealsDemandsAndRejectionsShareOneSetOfSubCodes() {
        assertEquals(Optional.of("033"), Combination.code(Family.INTEND, "070")); // intent to provide aid
        assertEquals(Optional.of("0332"), Combination.code(Family.INTEND, "072")); // ... military aid
        assertEquals(Optional.of("036"), Combination.code(Family.INTEND, "040")); // intent to meet
        assertEquals(Optional.of("026"), Combination.code(Family.APPEAL, "046")); // appeal to negotiate
        assertEquals(Optional.of("125"), Combination.code(Family.REJECT, "040")); // reject proposal to meet
        assertEquals(Optional.of("1056"), Combination.code(Family.DEMAND, "087")); // demand de-escalation
        assertEquals(Optional.of("1243"), Combination.code(Family.REJECT, "0841")); // refuse to release
        assertEquals(Optional.of("104"), Combination.code(Family.DEMAND, "083")); // demand political reform
        assertEquals(Optional.of("0212"), Combination.code(Family.APPEAL, "062")); // military cooperation
        assertEquals(Optional.of("127"), Combination.code(Family.REJECT, "057")); // reject an agreement
        assertEquals(Optional.of("039"), Combination.code(Family.INTEND, "045")); // intent to mediate
    }

    @Test
    void anObligationPromisesCooperationAndYieldingButKeepsOtherActs() {
        assertEquals("0353", Combination.obligation("0841")); // "is to release prisoners"
        assertEquals("0356", Combination.obligation("0874")); // "is to withdraw"
        assertEquals("036", Combination.obligation("046")); // "is to hold talks"
        assertEquals("190", Combination.obligation("190")); // "is to attack": an intended attack, no one's threat
        assertEquals("161", Combination.obligation("161")); // "is to be reduced": the act itself
        assertTrue(Combination.obliges("require") && Combination.obliges("Expect"));
        assertTrue(!Combination.obliges("say"));
    }

    @Test
    void promisingUrgingOrDemandingNotToFightIsAboutDeEscalation() {
        assertEquals(Optional.of("0356"), Combination.notToAct(Family.INTEND, "190")); // "undertook not to attack"
        assertEquals(Optional.of("0256"), Combination.notToAct(Family.APPEAL, "195")); // "urged not to strike"
        assertEquals(Optional.of("1056"), Combination.notToAct(Family.DEMAND, "183")); // "demanded no more bombings"
        assertEquals(Optional.empty(), Combination.notToAct(Family.THREATEN, "190")); // "threatened not to attack"?
        assertEquals(Optional.empty(), Combination.notToAct(Family.INTEND, "040")); // "promised not to meet"
    }

    @Test
    void threatsAndIntentsToHarmAreThreatsOfTheirKind() {
        assertEquals(Optional.of("1312"), Combination.code(Family.THREATEN, "163")); // sanctions
        assertEquals(Optional.of("1311"), Combination.code(Family.THREATEN, "162")); // cut aid
        assertEquals(Optional.of("1384"), Combination.code(Family.THREATEN, "190")); // conventional attack
        assertEquals(Optional.of("1382"), Combination.code(Family.INTEND, "192")); // "vowed to occupy"
        assertEquals(Optional.of("1385"), Combination.code(Family.THREATEN, "200")); // mass violence
        assertEquals(Optional.of("130"), Combination.code(Family.THREATEN, "080")); // no sub-code: the family's
        assertEquals(Optional.of("138"), Combination.code(Family.THREATEN, "154")); // "threatened to deploy"
        assertEquals(Optional.of("030"), Combination.code(Family.INTEND, "154")); // "pledged to deploy": no threat
    }

    @Test
    void anEmbeddedSpeechActAddsNothing() {
        assertEquals(Optional.empty(), Combination.code(Family.REJECT, "010")); // "declined to comment"
        assertEquals(Optional.empty(), Combination.code(Family.INTEND, "111")); // "promised to criticise"
        assertEquals(Optional.empty(), Combination.code(Family.APPEAL, "020"));
    }

    @Test
    void familyComesFromTheLemmaElseFromTheVerbsOwnCode() {
        assertEquals(Optional.of(Family.INTEND), Combination.family("agree", Optional.of("050")));
        assertEquals(Optional.of(Family.APPEAL), Combination.family("call", Optional.of("041")));
        assertEquals(Optional.of(Family.THREATEN), Combination.family("warn", Optional.of("130")));
        assertEquals(Optional.of(Family.DEMAND), Combination.family("insist", Optional.empty()));
        assertEquals(Optional.empty(), Combination.family("say", Optional.of("010")));
        assertEquals(Optional.empty(), Combination.family("attack", Optional.of("190")));
    }

    @Test
    void everyCombinedCodeIsACameoCode() {
        CameoOntology cameo = CameoOntology.standard();
        for (Family f : Family.values()) {
            for (CameoCode embedded : cameo.all()) {
                Optional<String> c = Combination.code(f, embedded.code());
                c.ifPresent(code -> assertTrue(cameo.find(code).isPresent(),
                        f + " + " + embedded.code() + " gives " + code + ", not a CAMEO code"));
            }
        }
    }
}

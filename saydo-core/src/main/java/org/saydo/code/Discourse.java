package org.saydo.code;

/**
 * What a reader remembers from the sentences before: the last person and the last other actor named, the last
 * singular actor in subject position that is not a person (what "it" and "its" stand for), and the last speaker.
 * Used to resolve "he said", "its troops" and quotes whose speaker is named in a neighbouring sentence. One per
 * document; not thread-safe.
 */
final class Discourse {

    Arg lastPerson;
    Arg lastOther;
    Arg lastSpeaker;
    int lastSpeakerSentence = -10;
    Arg lastSubject;
    java.util.List<Arg> lastGroup = java.util.List.of();
    int lastGroupSentence = -10;
    int lastSubjectSentence = -10;
    /** The last country or organisation named as the subject of a clause ("Peskov said Russia would ..."). */
    Arg lastThing;
    int lastThingSentence = -10;

    /** How many sentences back "it" looks for a subject before it falls back to the last actor named. */
    private static final int THING_REACH = 3;

    /**
     * @param sentence the index of the sentence the pronoun is in
     */
    Arg resolve(String pronoun, int sentence) {
        switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "he", "him", "his", "she", "her", "himself", "herself":
                return lastPerson;
            case "it", "its", "itself":
                return lastThing != null && sentence - lastThingSentence <= THING_REACH ? lastThing : lastOther;
            default:
                return null;
        }
    }

    void saw(Arg arg) {
        if (arg == null) {
            return;
        }
        if (arg.person()) {
            lastPerson = arg;
        } else {
            lastOther = arg;
        }
    }
}

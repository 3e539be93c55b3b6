package org.saydo.code;

/**
 * What a reader remembers from the sentences before: the last person and the last other actor named, and the
 * last speaker. Used to resolve "he said" and quotes whose speaker is named in a neighbouring sentence. One per
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

    Arg resolve(String pronoun) {
        switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "he", "him", "his", "she", "her", "himself", "herself":
                return lastPerson;
            case "it", "its", "itself":
                return lastOther;
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

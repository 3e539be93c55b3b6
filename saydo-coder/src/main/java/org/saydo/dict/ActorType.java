package org.saydo.dict;

/**
 * What kind of thing an actor entry names; set by the Saydo attribute comment
 * {@code #@ type=person} on the primary phrase line of an actor file.
 */
public enum ActorType {
    /** A person ({@code type=person}): the coder resolves "he said" to the last person. */
    PERSON,
    /** An organisation ({@code type=org}). */
    ORG,
    /** A place ({@code type=place}). */
    PLACE
}

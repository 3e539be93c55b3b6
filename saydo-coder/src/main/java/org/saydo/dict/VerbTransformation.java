package org.saydo.dict;

import java.util.Objects;

/**
 * A verb transformation line {@code ~ a (b c LOWERVERB) UPPERVERB = x y CODE}, e.g.
 * {@code ~ a (a b ATTACK) SAY = a b 015}: "a says a attacks b" becomes the event a → b 015. Actor
 * slots are letters, {@code .} (unspecified actor) or {@code _} (absent actor); verbs are primary
 * verbs of the dictionary or {@code Q} (any verb); the result code may be {@code Q} (the lower
 * verb's code). Immutable.
 *
 * @param upperSource the source of the upper (reporting) verb
 * @param lowerSource the source of the lower verb
 * @param lowerTarget the target of the lower verb
 * @param lowerVerb the lower verb
 * @param upperVerb the upper verb
 * @param source the result's source slot
 * @param target the result's target slot
 * @param code the result code
 * @param rule {@code FILE:LINE original-text}
 */
public record VerbTransformation(String upperSource, String lowerSource, String lowerTarget, String lowerVerb,
        String upperVerb, String source, String target, String code, String rule) {

    public VerbTransformation {
        Objects.requireNonNull(upperSource, "upperSource");
        Objects.requireNonNull(lowerSource, "lowerSource");
        Objects.requireNonNull(lowerTarget, "lowerTarget");
        Objects.requireNonNull(lowerVerb, "lowerVerb");
        Objects.requireNonNull(upperVerb, "upperVerb");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
    }
}

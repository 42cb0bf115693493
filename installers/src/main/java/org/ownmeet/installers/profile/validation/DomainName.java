package org.ownmeet.installers.profile.validation;

/**
 * A checked domain name in both forms.
 *
 * @param ascii what the engine, DNS and Let's Encrypt use: lower case, accents as punycode (xn--)
 * @param unicode what people read: "müller-schule.de" for "xn--mller-schule-lib.de"
 */
public record DomainName(String ascii, String unicode) {

    /** True when the name has accents or other letters beyond a to z, so the two forms differ. */
    public boolean isInternational() {
        return !ascii.equals(unicode);
    }
}

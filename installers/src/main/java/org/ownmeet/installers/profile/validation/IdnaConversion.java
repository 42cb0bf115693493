package org.ownmeet.installers.profile.validation;

import java.util.Set;

import com.ibm.icu.text.IDNA;

/**
 * Turns a name as typed ("Müller-Schule.de") into the form DNS and Let's Encrypt use
 * ("xn--mller-schule-lib.de") by IDNA2008 as UTS #46 processes it, the way Let's Encrypt's validator
 * (Go's x/net/idna) does: lower case, accents as punycode, xn-- parts checked to decode.
 * {@code java.net.IDN} is not used: it implements IDNA2003, which turns "ß" into "ss".
 */
final class IdnaConversion {
    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO | IDNA.USE_STD3_RULES);

    /** Either the converted name or what is wrong with one of its parts. */
    record Outcome(DomainName name, Reason problem) {
    }

    private IdnaConversion() {
    }

    static Outcome convert(String name, String what) {
        IDNA.Info info = new IDNA.Info();
        String ascii = UTS46.nameToASCII(name, new StringBuilder(), info).toString();
        if (info.getErrors().equals(Set.of(IDNA.Error.DOMAIN_NAME_TOO_LONG))) {
            return new Outcome(null, tooLong(ascii, what));
        }
        if (info.hasErrors()) {
            return new Outcome(null, problemInParts(name, what));
        }
        String unicode = UTS46.nameToUnicode(ascii, new StringBuilder(), new IDNA.Info()).toString();
        return new Outcome(new DomainName(ascii, unicode), null);
    }

    static Reason tooLong(String ascii, String what) {
        return Reason.of("domain.too-long", what + " is too long: at most " + DomainNameRule.LONGEST + " characters, and it has "
                + ascii.length(), DomainNameRule.LONGEST, ascii.length());
    }

    /** The first part (between dots) that cannot be converted, and why, in words. */
    private static Reason problemInParts(String name, String what) {
        for (String part : name.split("[.\u3002\uFF0E\uFF61]", -1)) {
            IDNA.Info info = new IDNA.Info();
            UTS46.labelToASCII(part, new StringBuilder(), info);
            if (info.hasErrors()) {
                return describe(info.getErrors(), Shown.quoted(part));
            }
        }
        return Reason.of("domain.not-a-name", what + " cannot be written as a domain name");
    }

    private static Reason describe(Set<IDNA.Error> errors, String part) {
        if (errors.contains(IDNA.Error.EMPTY_LABEL)) {
            return Reason.of("domain.empty-part", "the name has an empty part between two dots");
        }
        if (errors.contains(IDNA.Error.LEADING_HYPHEN)) {
            return inPart("leading-hyphen", part, " starts with a hyphen (-); a part between dots may neither start nor end"
                    + " with one");
        }
        if (errors.contains(IDNA.Error.TRAILING_HYPHEN)) {
            return inPart("trailing-hyphen", part, " ends with a hyphen (-); a part between dots may neither start nor end"
                    + " with one");
        }
        if (errors.contains(IDNA.Error.INVALID_ACE_LABEL) || errors.contains(IDNA.Error.PUNYCODE)) {
            return inPart("bad-encoding", part, " is not a valid encoded name (xn--…); type the name with its accents instead,"
                    + " such as müller-schule.de");
        }
        if (errors.contains(IDNA.Error.HYPHEN_3_4)) {
            return inPart("hyphen-3-4", part, " has hyphens in its third and fourth place; such parts are kept for encoded"
                    + " names (xn--…)");
        }
        if (errors.contains(IDNA.Error.LABEL_TOO_LONG)) {
            return inPart("too-long", part, " is too long: a part between dots may have at most 63 letters (accents count"
                    + " more)");
        }
        if (errors.contains(IDNA.Error.LEADING_COMBINING_MARK)) {
            return inPart("leading-accent", part, " starts with an accent on its own; retype it");
        }
        if (errors.contains(IDNA.Error.BIDI)) {
            return inPart("bidi", part, " mixes right-to-left and left-to-right writing in a way domain names do not allow");
        }
        if (errors.contains(IDNA.Error.CONTEXTJ) || errors.contains(IDNA.Error.CONTEXTO_PUNCTUATION)
                || errors.contains(IDNA.Error.CONTEXTO_DIGITS)) {
            return inPart("joiner", part, " has a joining or punctuation character where domain names do not allow it");
        }
        return inPart("character", part, " has a character that is not possible in a domain name");
    }

    /** "the part "x" ...", with the code {@code domain.part-<kind>} and the quoted part as its value. */
    private static Reason inPart(String kind, String part, String rest) {
        return Reason.of("domain.part-" + kind, "the part " + part + rest, part);
    }
}

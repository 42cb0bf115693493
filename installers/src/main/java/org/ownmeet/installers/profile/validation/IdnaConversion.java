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
    record Outcome(DomainName name, String problem) {
    }

    private IdnaConversion() {
    }

    static Outcome convert(String name, String what) {
        IDNA.Info info = new IDNA.Info();
        String ascii = UTS46.nameToASCII(name, new StringBuilder(), info).toString();
        if (info.getErrors().equals(Set.of(IDNA.Error.DOMAIN_NAME_TOO_LONG))) {
            return new Outcome(null, what + " is too long: at most " + DomainNameRule.LONGEST + " characters, and it has "
                    + ascii.length());
        }
        if (info.hasErrors()) {
            return new Outcome(null, problemInParts(name, what));
        }
        String unicode = UTS46.nameToUnicode(ascii, new StringBuilder(), new IDNA.Info()).toString();
        return new Outcome(new DomainName(ascii, unicode), null);
    }

    /** The first part (between dots) that cannot be converted, and why, in words. */
    private static String problemInParts(String name, String what) {
        for (String part : name.split("[.\u3002\uFF0E\uFF61]", -1)) {
            IDNA.Info info = new IDNA.Info();
            UTS46.labelToASCII(part, new StringBuilder(), info);
            if (info.hasErrors()) {
                return describe(info.getErrors(), Shown.quoted(part));
            }
        }
        return what + " cannot be written as a domain name";
    }

    private static String describe(Set<IDNA.Error> errors, String part) {
        if (errors.contains(IDNA.Error.EMPTY_LABEL)) {
            return "the name has an empty part between two dots";
        }
        if (errors.contains(IDNA.Error.LEADING_HYPHEN)) {
            return "the part " + part + " starts with a hyphen (-); a part between dots may neither start nor end with one";
        }
        if (errors.contains(IDNA.Error.TRAILING_HYPHEN)) {
            return "the part " + part + " ends with a hyphen (-); a part between dots may neither start nor end with one";
        }
        if (errors.contains(IDNA.Error.INVALID_ACE_LABEL) || errors.contains(IDNA.Error.PUNYCODE)) {
            return "the part " + part + " is not a valid encoded name (xn--…); type the name with its accents instead,"
                    + " such as müller-schule.de";
        }
        if (errors.contains(IDNA.Error.HYPHEN_3_4)) {
            return "the part " + part + " has hyphens in its third and fourth place; such parts are kept for encoded"
                    + " names (xn--…)";
        }
        if (errors.contains(IDNA.Error.LABEL_TOO_LONG)) {
            return "the part " + part + " is too long: a part between dots may have at most 63 letters (accents count more)";
        }
        if (errors.contains(IDNA.Error.LEADING_COMBINING_MARK)) {
            return "the part " + part + " starts with an accent on its own; retype it";
        }
        if (errors.contains(IDNA.Error.BIDI)) {
            return "the part " + part + " mixes right-to-left and left-to-right writing in a way domain names do not allow";
        }
        if (errors.contains(IDNA.Error.CONTEXTJ) || errors.contains(IDNA.Error.CONTEXTO_PUNCTUATION)
                || errors.contains(IDNA.Error.CONTEXTO_DIGITS)) {
            return "the part " + part + " has a joining or punctuation character where domain names do not allow it";
        }
        return "the part " + part + " has a character that is not possible in a domain name";
    }
}

package org.ownmeet.installers.documents;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Organisation;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.VerificationReport;

/**
 * The facts of both documents from the profile applied on the server and what verification found
 * there. Nothing is a default of OwnMeet's: a value the profile lacks stays empty, and the documents
 * say it is still to be answered.
 */
public final class DocumentFactsBuilder {
    /** The three purposes every OwnMeet server serves, in the documents' order. */
    public static final List<String> PURPOSES = List.of("meetings", "security", "accounts");

    private DocumentFactsBuilder() {
    }

    /**
     * @param language "en", "de" or "it"
     * @param date the day the document is made, or null for the published notice (a date would change it every day)
     * @param accountNames whether the record lists the host accounts by name (otherwise only their number)
     */
    public static DocumentFacts of(Profile profile, ServerEvidence evidence, String language, LocalDate date,
                                   boolean accountNames) {
        Locale locale = Locale.forLanguageTag(language);
        Organisation organisation = profile.organisation();
        DataProtection facts = organisation.dataProtection();
        DocumentFacts.Controller controller = new DocumentFacts.Controller(organisation.name(), lines(organisation.address()),
                organisation.contactEmail(), organisation.dataProtectionOfficer(), facts == null ? null : facts.officerEmail());
        List<DocumentFacts.Purpose> purposes = PURPOSES.stream().map(id -> new DocumentFacts.Purpose(id,
                facts == null ? null : letter(switch (id) {
                    case "meetings" -> facts.meetingsBasis();
                    case "security" -> facts.securityBasis();
                    default -> facts.accountsBasis();
                }))).toList();
        int days = profile.logging().retentionDays();
        DocumentFacts.ServerSettings server = new DocumentFacts.ServerSettings(days, days + 1,
                days == 0 ? "OFF" : profile.logging().accessLog().name(), profile.options().peerToPeer(),
                profile.options().localRecording(), false, profile.options().desktopXmppClients(), profile.options().firewall(),
                profile.certificates().mode().name(), profile.meetingSize().name(), profile.hostAccounts().size(),
                accountNames ? profile.hostAccounts().stream().map(Profile.HostAccount::username).toList() : List.of(),
                profile.bridges().stream().map(Profile.Bridge::host).toList());
        return new DocumentFacts(language, date == null ? null
                : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                profile.domain(), controller, facts != null,
                facts == null || facts.controllerType() == null ? null : facts.controllerType().name(), purposes,
                facts != null && facts.participationObligatory(), facts == null ? null : facts.legalProvision(),
                facts == null || facts.supervisoryAuthority() == null ? null : new DocumentFacts.Authority(
                        facts.supervisoryAuthority().name(), lines(facts.supervisoryAuthority().address())),
                facts == null || facts.hosting() == null ? null : hosting(facts.hosting(), locale),
                facts == null || facts.transfer() == null ? null : new DocumentFacts.Transfer(
                        country(facts.transfer().country(), locale), facts.transfer().safeguard().name()),
                facts == null ? List.of() : facts.participants().stream().map(Enum::name).toList(),
                server, verification(evidence, locale));
    }

    private static DocumentFacts.Hosting hosting(DataProtection.Hosting hosting, Locale locale) {
        return new DocumentFacts.Hosting(hosting.ownPremises(), hosting.provider(), lines(hosting.address()),
                country(hosting.country(), locale), hosting.processingContract());
    }

    private static DocumentFacts.Verification verification(ServerEvidence evidence, Locale locale) {
        VerificationReport report = evidence.verification();
        if (report == null) {
            return new DocumentFacts.Verification(false, false, null, List.of(), evidence.versions());
        }
        String date = evidence.verifiedAt() == null ? null : evidence.verifiedAt().atZone(ZoneOffset.UTC).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        List<DocumentFacts.Check> checks = report.checks().stream().map(DocumentFactsBuilder::check).toList();
        return new DocumentFacts.Verification(true, report.allPassed(), date, checks, evidence.versions());
    }

    private static DocumentFacts.Check check(CheckResult result) {
        return new DocumentFacts.Check(result.id(), result.passed());
    }

    private static String letter(LegalBasis basis) {
        return basis == null ? null : basis.letter();
    }

    private static String country(String code, Locale locale) {
        return code == null ? null : new Locale("", code).getDisplayCountry(locale);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}

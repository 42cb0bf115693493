package org.ownmeet.steps;

import java.util.function.Consumer;
import java.util.function.Function;

import org.ownmeet.installers.password.OwnPasswordChange;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.steps.domain.DomainLookup;

/**
 * What the steps need from outside the wizard, in one place: the end-to-end test and the screenshots
 * give their own (a test CA's DNS, no browser), the app the real ones.
 *
 * @param domainLookup  resolves the meeting domain from this computer (the domain step's check)
 * @param linkOpener    opens an address in the user's browser
 * @param meetingServer how to reach a meeting domain over HTTPS (a host changing their password): the real
 *                      server trusted by this computer's authorities, or in tests a test-bed server and its CA
 */
public record WizardServices(DomainLookup domainLookup, Consumer<String> linkOpener, Function<String, HttpsServer> meetingServer) {

    public WizardServices(DomainLookup domainLookup, Consumer<String> linkOpener) {
        this(domainLookup, linkOpener, OwnPasswordChange::server);
    }

    /** This computer's resolver; links open nowhere (the app passes its own opener with {@link #withLinkOpener}). */
    public static WizardServices system() {
        return new WizardServices(DomainLookup.system(), address -> {
        });
    }

    public WizardServices withLinkOpener(Consumer<String> opener) {
        return new WizardServices(domainLookup, opener, meetingServer);
    }

    public WizardServices withDomainLookup(DomainLookup lookup) {
        return new WizardServices(lookup, linkOpener, meetingServer);
    }

    public WizardServices withMeetingServer(Function<String, HttpsServer> server) {
        return new WizardServices(domainLookup, linkOpener, server);
    }
}

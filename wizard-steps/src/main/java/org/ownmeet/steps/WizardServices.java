package org.ownmeet.steps;

import java.util.function.Consumer;
import java.util.function.Function;

import org.ownmeet.installers.password.OwnPasswordChange;
import org.ownmeet.installers.profile.store.SavedProfiles;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.steps.domain.DomainLookup;

/**
 * What the steps need from outside the wizard, in one place: the end-to-end test and the screenshots
 * give their own (a test CA's DNS, no browser), the app the real ones.
 *
 * @param domainLookup  resolves the meeting domain from this computer (the domain step's check)
 * @param linkOpener    opens an address in the user's browser
 * @param savedProfiles the profiles kept on this computer (tests give a folder of their own)
 * @param meetingServer how to reach a meeting domain over HTTPS (a host changing their password): the real
 *                      server trusted by this computer's authorities, or in tests a test-bed server and its CA
 */
public record WizardServices(DomainLookup domainLookup, Consumer<String> linkOpener, SavedProfiles savedProfiles,
        Function<String, HttpsServer> meetingServer) {

    public WizardServices(DomainLookup domainLookup, Consumer<String> linkOpener, SavedProfiles savedProfiles) {
        this(domainLookup, linkOpener, savedProfiles, OwnPasswordChange::server);
    }

    /**
     * This computer's resolver and the user's config folder; links open nowhere (the app passes its own
     * opener with {@link #withLinkOpener}).
     */
    public static WizardServices system() {
        return new WizardServices(DomainLookup.system(), address -> {
        }, SavedProfiles.forThisUser());
    }

    public WizardServices withLinkOpener(Consumer<String> opener) {
        return new WizardServices(domainLookup, opener, savedProfiles, meetingServer);
    }

    public WizardServices withDomainLookup(DomainLookup lookup) {
        return new WizardServices(lookup, linkOpener, savedProfiles, meetingServer);
    }

    public WizardServices withSavedProfiles(SavedProfiles profiles) {
        return new WizardServices(domainLookup, linkOpener, profiles, meetingServer);
    }

    public WizardServices withMeetingServer(Function<String, HttpsServer> server) {
        return new WizardServices(domainLookup, linkOpener, savedProfiles, server);
    }
}

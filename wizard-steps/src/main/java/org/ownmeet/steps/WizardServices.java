package org.ownmeet.steps;

import java.util.function.Consumer;

import org.ownmeet.steps.domain.DomainLookup;

/**
 * What the steps need from outside the wizard, in one place: the end-to-end test and the screenshots
 * give their own (a test CA's DNS, no browser), the app the real ones.
 *
 * @param domainLookup resolves the meeting domain from this computer (the domain step's check)
 * @param linkOpener   opens an address in the user's browser
 */
public record WizardServices(DomainLookup domainLookup, Consumer<String> linkOpener) {

    /** This computer's resolver; links open nowhere (the app passes its own opener with {@link #withLinkOpener}). */
    public static WizardServices system() {
        return new WizardServices(DomainLookup.system(), address -> {
        });
    }

    public WizardServices withLinkOpener(Consumer<String> opener) {
        return new WizardServices(domainLookup, opener);
    }

    public WizardServices withDomainLookup(DomainLookup lookup) {
        return new WizardServices(lookup, linkOpener);
    }
}

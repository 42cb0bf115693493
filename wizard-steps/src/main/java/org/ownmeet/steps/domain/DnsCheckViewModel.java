package org.ownmeet.steps.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ownmeet.installers.session.Preflight;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.work.EngineWork;

/**
 * Where the domain points, looked up from this computer in the background once typing stops, and
 * compared with the server's own addresses from the preflight; when it does not point there, the
 * records to create at the domain's provider.
 */
public final class DnsCheckViewModel {
    private final ObjectProperty<Preflight> preflight;
    private final EngineWork work;
    private final Texts texts;
    private final DomainLookup lookup;
    private final Debounce debounce;
    private final ReadOnlyObjectWrapper<DnsVerdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict",
            DnsVerdict.nothing(DnsState.NOT_CHECKED, null));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper instructions = new ReadOnlyStringWrapper(this, "instructions", "");
    private String domain;
    private List<InetAddress> found;

    public DnsCheckViewModel(ObjectProperty<Preflight> preflight, EngineWork work, Texts texts, DomainLookup lookup,
            Debounce debounce) {
        this.preflight = preflight;
        this.work = work;
        this.texts = texts;
        this.lookup = lookup;
        this.debounce = debounce;
        preflight.addListener((property, before, now) -> settle());
    }

    /** The valid domain in ASCII, or null when there is none; a new one is looked up once typing stops. */
    public void domainChanged(String asciiDomain) {
        if (Objects.equals(asciiDomain, domain)) {
            return;
        }
        domain = asciiDomain;
        found = null;
        if (asciiDomain == null) {
            show(DnsVerdict.nothing(DnsState.NOT_CHECKED, null));
            return;
        }
        show(DnsVerdict.nothing(DnsState.CHECKING, asciiDomain));
        debounce.restart(() -> lookUp(asciiDomain));
    }

    /** Looks the domain up again now (the user has just created the record). */
    public void checkAgain() {
        if (domain != null) {
            found = null;
            show(DnsVerdict.nothing(DnsState.CHECKING, domain));
            lookUp(domain);
        }
    }

    private void lookUp(String asciiDomain) {
        if (!asciiDomain.equals(domain)) {
            return;
        }
        work.task(() -> {
            try {
                return lookup.addressesOf(asciiDomain);
            } catch (UnknownHostException e) {
                return List.<InetAddress>of();
            }
        }).onSuccess(addresses -> answered(asciiDomain, addresses))
                .onProblem(problem -> answered(asciiDomain, List.of()))
                .start();
    }

    /** An answer for a domain the user has since changed is dropped. */
    private void answered(String asciiDomain, List<InetAddress> addresses) {
        if (asciiDomain.equals(domain)) {
            found = List.copyOf(addresses);
            settle();
        }
    }

    private void settle() {
        if (domain != null && found != null) {
            Preflight server = preflight.get();
            show(DnsVerdict.compare(domain, found, server == null ? null : server.addresses()));
        }
    }

    private void show(DnsVerdict now) {
        verdict.set(now);
        summary.set(DnsTexts.summary(texts, now, preflight.get() != null));
        instructions.set(DnsTexts.instructions(texts, now, preflight.get() != null));
    }

    public ReadOnlyObjectProperty<DnsVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public DnsState state() {
        return verdict.get().state();
    }

    /** What was found, in one or two sentences; empty before there is a domain to look up. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The records to create, one a line, and that it takes a while; empty when nothing is to be done. */
    public ReadOnlyStringProperty instructionsProperty() {
        return instructions.getReadOnlyProperty();
    }
}

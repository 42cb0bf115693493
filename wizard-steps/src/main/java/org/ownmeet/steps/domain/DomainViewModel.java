package org.ownmeet.steps.domain;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.LetsEncryptPolicy;
import org.ownmeet.installers.profile.validation.ValidationResult;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

/**
 * The meeting domain and where its certificate comes from. Each field goes straight into the draft
 * profile and the engine's rules judge it; where the domain points is checked from this computer.
 * With Let's Encrypt's service the domain must point to the server before Next (it would refuse the
 * certificate otherwise); with the other choices that is a warning.
 */
public final class DomainViewModel {
    private static final List<DnsState> NOT_THERE = List.of(DnsState.ELSEWHERE, DnsState.NOT_FOUND, DnsState.CHECKING);

    private final WizardSession session;
    private final Texts texts;
    private final StepValidation validation;
    private final DnsCheckViewModel dns;
    private final StringProperty domain = new SimpleStringProperty(this, "domain");
    private final StringProperty email = new SimpleStringProperty(this, "email");
    private final ObjectProperty<CertificateMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObjectProperty<AcmeService> acmeService = new SimpleObjectProperty<>(this, "acmeService");
    private final StringProperty acmeAddress = new SimpleStringProperty(this, "acmeAddress", "");
    private final StringProperty certificateFile = new SimpleStringProperty(this, "certificateFile");
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile");
    private final ReadOnlyBooleanWrapper dnsBlocks = new ReadOnlyBooleanWrapper(this, "dnsBlocks");
    private final ReadOnlyStringWrapper dnsConsequence = new ReadOnlyStringWrapper(this, "dnsConsequence", "");
    private final ReadOnlyBooleanWrapper canLeave = new ReadOnlyBooleanWrapper(this, "canLeave");
    private boolean active;

    public DomainViewModel(WizardSession session, EngineWork work, Texts texts, DomainLookup lookup, Debounce debounce) {
        this.session = session;
        this.texts = texts;
        domain.set(session.profile().domain());
        email.set(session.profile().adminEmail());
        Certificates now = certificates();
        mode.set(now.mode() == null ? CertificateMode.LETS_ENCRYPT : now.mode());
        acmeService.set(AcmeService.of(now.acmeDirectory()));
        acmeAddress.set(acmeService.get() == AcmeService.OTHER ? now.acmeDirectory() : "");
        certificateFile.set(now.certificateFile());
        keyFile.set(now.keyFile());
        validation = new StepValidation(session, texts, ProfileFields.DOMAIN, ProfileFields.ADMIN_EMAIL,
                ProfileFields.CERTIFICATE_MODE, ProfileFields.ACME_DIRECTORY, ProfileFields.CERTIFICATE_FILE, ProfileFields.KEY_FILE);
        dns = new DnsCheckViewModel(session.preflightProperty(), work, texts, lookup, debounce);

        domain.addListener((property, before, typed) -> {
            session.update(profile -> profile.withDomain(blankToNull(typed)));
            validation.touch(ProfileFields.DOMAIN);
        });
        email.addListener((property, before, typed) -> {
            writeEmail();
            validation.touch(ProfileFields.ADMIN_EMAIL);
        });
        mode.addListener((property, before, chosen) -> {
            writeCertificates();
            writeEmail();
        });
        acmeService.addListener((property, before, chosen) -> writeCertificates());
        acmeAddress.addListener((property, before, typed) -> {
            writeCertificates();
            validation.touch(ProfileFields.ACME_DIRECTORY);
        });
        certificateFile.addListener((property, before, typed) -> {
            writeCertificates();
            validation.touch(ProfileFields.CERTIFICATE_FILE);
        });
        keyFile.addListener((property, before, typed) -> {
            writeCertificates();
            validation.touch(ProfileFields.KEY_FILE);
        });
    }

    /**
     * Starts checking: the rules run and the domain is looked up only once the step is used, so that
     * building the wizard stays quick. Called when the step is shown or its page built; more calls do nothing.
     */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        session.profileProperty().addListener((property, before, now) -> follow());
        dns.verdictProperty().addListener((property, before, now) -> follow());
        canLeave.bind(Bindings.createBooleanBinding(() -> validation.validProperty().get() && !dnsBlocks.get(),
                validation.validProperty(), dnsBlocks));
        follow();
    }

    /** The domain to look up is the engine's normalised one (ASCII), and only once the engine finds it valid. */
    private void follow() {
        ValidationResult result = validation.result();
        dns.domainChanged(result.errorsFor(ProfileFields.DOMAIN).isEmpty() ? result.normalised().domain() : null);
        boolean letsEncrypt = LetsEncryptPolicy.applies(session.profile().certificates());
        DnsState state = dns.state();
        dnsBlocks.set(letsEncrypt && NOT_THERE.contains(state));
        dnsConsequence.set(state == DnsState.ELSEWHERE || state == DnsState.NOT_FOUND
                ? texts.get(letsEncrypt ? "domain.dns.blocks" : "domain.dns.warnOnly") : "");
    }

    private void writeEmail() {
        String value = mode.get() == CertificateMode.LETS_ENCRYPT ? blankToNull(email.get()) : null;
        session.update(profile -> profile.withAdminEmail(value));
    }

    private void writeCertificates() {
        Certificates chosen = new Certificates(mode.get(), acmeService.get().directory(acmeAddress.get()),
                blankToNull(certificateFile.get()), blankToNull(keyFile.get()));
        session.update(profile -> profile.withCertificates(chosen));
    }

    private Certificates certificates() {
        Certificates now = session.profile().certificates();
        return now != null ? now : new Certificates(CertificateMode.LETS_ENCRYPT, Certificates.LETS_ENCRYPT, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public StringProperty domainProperty() {
        return domain;
    }

    /** The Let's Encrypt e-mail; it reaches the profile only while Let's Encrypt is chosen. */
    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<CertificateMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<AcmeService> acmeServiceProperty() {
        return acmeService;
    }

    /** Another ACME service's directory address, used when {@link AcmeService#OTHER} is chosen. */
    public StringProperty acmeAddressProperty() {
        return acmeAddress;
    }

    public StringProperty certificateFileProperty() {
        return certificateFile;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public StepValidation validation() {
        return validation;
    }

    public DnsCheckViewModel dns() {
        return dns;
    }

    /** True while Let's Encrypt is chosen and the domain does not (yet) point to the server. */
    public ReadOnlyBooleanProperty dnsBlocksProperty() {
        return dnsBlocks.getReadOnlyProperty();
    }

    /** What the DNS result means for going on, in one sentence; empty when the domain points to the server. */
    public ReadOnlyStringProperty dnsConsequenceProperty() {
        return dnsConsequence.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLeaveProperty() {
        activate();
        return canLeave.getReadOnlyProperty();
    }
}

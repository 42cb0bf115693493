package org.ownmeet.steps.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.installers.pem.TestCertificates;
import org.ownmeet.installers.profile.Profile.CertificateMode;
import org.ownmeet.installers.profile.Profile.Certificates;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.steps.StepTests;
import org.ownmeet.steps.session.WizardSession;
import org.ownmeet.steps.work.EngineWork;

class DomainViewModelTest {
    private static final String DOMAIN = "meet.schule-am-see.de";
    private final WizardSession session = StepTests.session();
    private final FakeDns dns = new FakeDns();
    private DomainViewModel viewModel;

    @BeforeEach
    void start() {
        session.preflightProperty().set(FakeDns.server(FakeDns.SERVER_V4, FakeDns.SERVER_V6));
        viewModel = new DomainViewModel(session, EngineWork.direct(), StepTests.english(), dns, Debounce.immediate());
        viewModel.activate();
        viewModel.emailProperty().set("it@schule-am-see.de");
    }

    @Test
    void aDomainThatPointsToTheServerLetsTheStepGoOn() {
        dns.points(DOMAIN, FakeDns.SERVER_V4);
        viewModel.domainProperty().set(DOMAIN);
        assertEquals(DnsState.POINTS_HERE, viewModel.dns().state());
        assertEquals(DOMAIN + " points to your server (203.0.113.10).", viewModel.dns().summaryProperty().get());
        assertEquals("", viewModel.dns().instructionsProperty().get());
        assertTrue(viewModel.canLeaveProperty().get());
        assertEquals(DOMAIN, session.profile().domain());
    }

    @Test
    void aDomainPointingElsewhereSaysWhichRecordsToCreateAndLetsEncryptWaitsForThem() {
        dns.points(DOMAIN, FakeDns.ELSEWHERE);
        viewModel.domainProperty().set(DOMAIN);
        assertEquals(DnsState.ELSEWHERE, viewModel.dns().state());
        assertTrue(viewModel.dns().summaryProperty().get().contains("points to 198.51.100.7, but your server is at 203.0.113.10"));
        assertEquals("""
                At your domain's provider, create an A record: name meet, value 203.0.113.10
                At your domain's provider, create an AAAA record: name meet, value 2001:db8::10
                Remove the other records of meet.schule-am-see.de that point to 198.51.100.7.
                Changes can take up to an hour to arrive. Then press Check again.""", viewModel.dns().instructionsProperty().get());
        assertTrue(viewModel.validation().validProperty().get(), "every field is right; only the DNS holds the step");
        assertFalse(viewModel.canLeaveProperty().get());
        assertTrue(viewModel.dnsConsequenceProperty().get().startsWith("Let's Encrypt only gives a certificate"));

        viewModel.modeProperty().set(CertificateMode.SELF_SIGNED);
        assertTrue(viewModel.canLeaveProperty().get(), "self-signed: the DNS only warns");
        assertTrue(viewModel.dnsConsequenceProperty().get().startsWith("You can go on"));
        assertEquals(DnsState.ELSEWHERE, viewModel.dns().state());

        dns.points(DOMAIN, FakeDns.SERVER_V4, FakeDns.SERVER_V6);
        viewModel.modeProperty().set(CertificateMode.LETS_ENCRYPT);
        viewModel.dns().checkAgain();
        assertEquals(DnsState.POINTS_HERE, viewModel.dns().state());
        assertTrue(viewModel.canLeaveProperty().get());
        assertEquals("", viewModel.dnsConsequenceProperty().get());
    }

    @Test
    void aDomainThatDoesNotResolveGetsTheRecordToCreate() {
        session.preflightProperty().set(FakeDns.server(FakeDns.SERVER_V4));
        viewModel.domainProperty().set(DOMAIN);
        assertEquals(DnsState.NOT_FOUND, viewModel.dns().state());
        assertTrue(viewModel.dns().instructionsProperty().get()
                .startsWith("At your domain's provider, create an A record: name meet, value 203.0.113.10\n"));
        assertFalse(viewModel.canLeaveProperty().get());
    }

    @Test
    void withoutAConnectionTheComparisonWaitsAndDoesNotHoldTheStep() {
        session.preflightProperty().set(null);
        dns.points(DOMAIN, FakeDns.ELSEWHERE);
        viewModel.domainProperty().set(DOMAIN);
        assertEquals(DnsState.UNCOMPARED, viewModel.dns().state());
        assertTrue(viewModel.dns().summaryProperty().get().contains("once it is connected"));
        assertTrue(viewModel.canLeaveProperty().get());

        session.preflightProperty().set(FakeDns.server(FakeDns.SERVER_V4));
        assertEquals(DnsState.ELSEWHERE, viewModel.dns().state(), "compared as soon as the server's addresses are known");
    }

    @Test
    void anInvalidDomainIsNotLookedUpAndTheEngineSaysWhy() {
        viewModel.domainProperty().set("meet..example");
        assertEquals(DnsState.NOT_CHECKED, viewModel.dns().state());
        assertEquals(List.of(), dns.asked);
        assertFalse(viewModel.validation().errorProperty(ProfileFields.DOMAIN).get().isEmpty());
        assertFalse(viewModel.canLeaveProperty().get());
    }

    @Test
    void onlyTheDomainTypedLastIsLookedUpOnceTypingStops() {
        List<Runnable> waiting = new ArrayList<>();
        DomainViewModel typed = new DomainViewModel(StepTests.session(), EngineWork.direct(), StepTests.english(), dns,
                action -> {
                    waiting.clear();
                    waiting.add(action);
                });
        typed.activate();
        typed.domainProperty().set("meet.schule-am-see.d");
        typed.domainProperty().set(DOMAIN);
        assertEquals(DnsState.CHECKING, typed.dns().state());
        assertEquals(List.of(), dns.asked);
        waiting.forEach(Runnable::run);
        assertEquals(List.of(DOMAIN), dns.asked);
    }

    @Test
    void anotherCertificateServiceIsCheckedByTheEngineAndOnlyWarnsAboutDns() {
        viewModel.domainProperty().set(DOMAIN);
        viewModel.acmeServiceProperty().set(AcmeService.LETS_ENCRYPT_STAGING);
        assertEquals(Certificates.LETS_ENCRYPT_STAGING, session.profile().certificates().acmeDirectory());

        viewModel.acmeServiceProperty().set(AcmeService.OTHER);
        viewModel.acmeAddressProperty().set("pebble");
        assertFalse(viewModel.validation().errorProperty(ProfileFields.ACME_DIRECTORY).get().isEmpty());
        viewModel.acmeAddressProperty().set("https://ca.test:14000/dir");
        assertEquals("", viewModel.validation().errorProperty(ProfileFields.ACME_DIRECTORY).get());
        assertEquals(DnsState.NOT_FOUND, viewModel.dns().state());
        assertTrue(viewModel.canLeaveProperty().get(), "a test CA has its own view of names; not Let's Encrypt's rule");
    }

    @Test
    void theEmailIsInTheProfileOnlyWhileLetsEncryptIsChosen() {
        assertEquals("it@schule-am-see.de", session.profile().adminEmail());
        viewModel.modeProperty().set(CertificateMode.OWN_FILES);
        assertNull(session.profile().adminEmail());
        viewModel.modeProperty().set(CertificateMode.LETS_ENCRYPT);
        assertEquals("it@schule-am-see.de", session.profile().adminEmail());
    }

    @Test
    void ownFilesWhoseKeyIsNotTheCertificatesGetTheEnginesMessage(@TempDir Path dir) {
        TestCertificates.Pair pair = TestCertificates.forDomain(DOMAIN);
        TestCertificates.Pair other = TestCertificates.forDomain(DOMAIN);
        Path certificate = TestCertificates.write(dir, "fullchain.pem", pair.certificatePem());
        Path otherKey = TestCertificates.write(dir, "other.pem", other.keyPem());
        Path key = TestCertificates.write(dir, "privkey.pem", pair.keyPem());
        viewModel.domainProperty().set(DOMAIN);
        viewModel.modeProperty().set(CertificateMode.OWN_FILES);
        viewModel.certificateFileProperty().set(certificate.toString());
        viewModel.keyFileProperty().set(otherKey.toString());

        FieldError engine = ProfileValidator.validate(session.profile()).errorsFor(ProfileFields.KEY_FILE).get(0);
        assertEquals("key-file.mismatch", engine.code(), engine.message());
        assertEquals(List.of(certificate.toString()), engine.arguments());
        assertEquals(StepTests.english().field(engine), viewModel.validation().errorProperty(ProfileFields.KEY_FILE).get());
        assertFalse(viewModel.canLeaveProperty().get());

        viewModel.keyFileProperty().set(key.toString());
        assertEquals("", viewModel.validation().errorProperty(ProfileFields.KEY_FILE).get());
        assertTrue(viewModel.canLeaveProperty().get(), "own files: a domain that does not resolve only warns");
    }
}

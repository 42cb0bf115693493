package org.ownmeet.installers.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.profile.Profile.Certificates;

/** The parts of the certificates installer that read what the server answered. */
class CertificatePiecesTest {

    @Test
    void getentsAnswerGivesEachAddressOnce() {
        DomainAddresses answer = DomainAddresses.parse("""
                10.203.0.11     STREAM meet-1.ownmeet.test
                10.203.0.11     DGRAM
                10.203.0.11     RAW
                2001:db8::5     STREAM
                ::ffff:10.203.0.11 STREAM
                """);
        assertEquals(List.of("10.203.0.11", "2001:db8::5"), answer.addresses());
        assertTrue(DomainAddresses.parse("").isEmpty());
        assertEquals(List.of("2001:db8::5"), DomainAddresses.parse("2001:db8::5     meet.example.org\n").addresses());
    }

    @Test
    void certbotsRenewalSettingsNameTheDirectory() {
        assertEquals("https://10.203.0.1:14000/dir", LetsEncryptLineage.server("""
                version = 2.1.0
                [renewalparams]
                account = 92e35a4f7402d35e47d2e9a86456f6e5
                server = https://10.203.0.1:14000/dir
                authenticator = webroot
                """));
        assertEquals("", LetsEncryptLineage.server("[renewalparams]\n"));
        assertTrue(Certificates.sameDirectory("https://acme-v02.api.letsencrypt.org/directory/ ",
                "https://acme-v02.api.letsencrypt.org/directory"));
        assertFalse(Certificates.sameDirectory("https://acme-staging-v02.api.letsencrypt.org/directory",
                "https://acme-v02.api.letsencrypt.org/directory"));
    }

    @Test
    void aRefusedRequestHoldsBackTheSameDirectoryForAnHour() {
        FailedRequest failed = FailedRequest.of(file(FailedRequest.PATH, """
                time 1000000
                directory https://10.203.0.1:14000/dir
                reason Detail: 10.203.0.11: Fetching http://meet/.well-known/acme-challenge/x: Connection refused
                """)).orElseThrow();
        assertTrue(failed.holdsBack("https://10.203.0.1:14000/dir", 1000000 + 3599));
        assertFalse(failed.holdsBack("https://10.203.0.1:14000/dir", 1000000 + 3600));
        assertFalse(failed.holdsBack("https://acme-v02.api.letsencrypt.org/directory", 1000010));
        assertTrue(failed.reason().startsWith("Detail: 10.203.0.11"));
        assertTrue(FailedRequest.of(file(FailedRequest.PATH, "garbage\n")).isEmpty());
        assertTrue(FailedRequest.of(new FileSnapshot(FailedRequest.PATH, false, null, null, null, null)).isEmpty());
    }

    @Test
    void theCertificatesAreInPlaceOnlyWithTheRightBytesOwnerAndMode() {
        String domain = "meet.example.org";
        String probe = """
                coturn yes
                /etc/jitsi/meet/meet.example.org.crt aaa root root 644
                /etc/jitsi/meet/meet.example.org.key bbb root turnserver 640
                /etc/prosody/certs/meet.example.org.crt aaa prosody prosody 640
                /etc/prosody/certs/meet.example.org.key bbb prosody prosody 400
                """;
        Map<CertificatePlaces.Part, String> pair = Map.of(CertificatePlaces.Part.CHAIN, "aaa", CertificatePlaces.Part.KEY, "bbb");
        assertTrue(CertificatePlaces.holdAll(state(probe), domain, pair));
        assertFalse(CertificatePlaces.holdAll(state(probe.replace("prosody prosody 400", "prosody prosody 644")), domain, pair));
        assertFalse(CertificatePlaces.holdAll(state(probe.replace("coturn yes", "coturn no")), domain, pair),
                "without coturn the web key is root's alone");
        assertFalse(CertificatePlaces.holdAll(state(probe), domain, Map.of(CertificatePlaces.Part.CHAIN, "ccc",
                CertificatePlaces.Part.KEY, "bbb")));
    }

    @Test
    void certbotsErrorsAreSaidInPlainWords() {
        assertEquals("it could not reach port 80 of this server", CertificateRequestFailedProblem.plainReason(
                "Detail: 10.203.0.11: Fetching http://m/.well-known/acme-challenge/x: Timeout during connect (likely firewall problem)"));
        assertEquals("its limit on requests for this name has been reached for now", CertificateRequestFailedProblem.plainReason(
                "Error creating new order :: too many failed authorizations recently"));
        assertEquals("it could not find the address of the name", CertificateRequestFailedProblem.plainReason(
                "Detail: DNS problem: NXDOMAIN looking up A for meet.example.org"));
        assertEquals("the server could not reach the certificate service", CertificateRequestFailedProblem.plainReason(
                "An unexpected error occurred: requests.exceptions.SSLError: HTTPSConnectionPool(host='10.203.0.1', port=14000): "
                        + "Max retries exceeded with url: /dir"));
        assertEquals("the server could not reach the certificate service", CertificateRequestFailedProblem.plainReason(
                "An unexpected error occurred:\nacme.errors.ClientError: <Response [404]>"));
        assertEquals("the details below say why", CertificateRequestFailedProblem.plainReason("something else"));
    }

    private static ServerState state(String probe) {
        return new ServerState(Map.of(), Map.of(CertificatePlaces.PROBE_ID, probe));
    }

    private static FileSnapshot file(String path, String text) {
        return new FileSnapshot(path, true, text.getBytes(StandardCharsets.UTF_8), "600", "root", "root");
    }
}

package org.ownmeet.testbed.smoke;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.acme.Pebble;
import org.ownmeet.testbed.target.DebianTarget;

@TestBedTest
class PebbleSmokeTest {

    @Test
    void certbotInTheTargetGetsACertificateOverHttp01(DebianTarget target, Pebble pebble) {
        target.root("""
                apt-get -q update
                DEBIAN_FRONTEND=noninteractive apt-get install -q -y --no-install-recommends nginx certbot >/dev/null
                cat > /root/pebble-listener.pem
                """).stdin(pebble.listenerCertificatePem()).timeout(Duration.ofMinutes(5)).run();

        String issued = target.root("""
                REQUESTS_CA_BUNDLE=/root/pebble-listener.pem certbot certonly --non-interactive --agree-tos \
                  -m admin@%1$s --server %2$s --webroot -w /var/www/html -d %1$s
                openssl x509 -in /etc/letsencrypt/live/%1$s/cert.pem -noout -ext subjectAltName
                """.formatted(target.domain(), pebble.directoryUrl())).timeout(Duration.ofMinutes(2)).run().output();
        assertTrue(issued.contains("DNS:" + target.domain()), issued);

        String verified = target.root("""
                cat > /root/pebble-root.pem
                openssl verify -CAfile /root/pebble-root.pem -untrusted /etc/letsencrypt/live/%1$s/chain.pem \
                  /etc/letsencrypt/live/%1$s/cert.pem
                """.formatted(target.domain())).stdin(pebble.issuingRootPem()).run().output();
        assertTrue(verified.contains(": OK"), verified);
    }
}

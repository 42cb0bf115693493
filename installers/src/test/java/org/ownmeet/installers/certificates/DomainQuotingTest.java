package org.ownmeet.installers.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.standard.StandardInstallers;
import org.ownmeet.installers.profile.Profile;

/**
 * Defence in depth: validation keeps quotes and $( out of the domain, but should one slip through, it
 * still reaches no script as shell code. Every script built here with such a domain holds it only
 * shell-quoted (a quoted quote is written '\'' so the raw domain never appears) and parses.
 */
class DomainQuotingTest {
    private static final String HOSTILE = "meet'$(touch /tmp/ownmeet-pwned)\"`id`.example.org";

    @Test
    void theCertificateScriptsHoldTheDomainOnlyQuoted() throws Exception {
        Map<String, String> scripts = new java.util.LinkedHashMap<>();
        scripts.put("install functions", InstallScript.functions(HOSTILE, true));
        scripts.put("renewal hook", RenewalHook.content(HOSTILE, true));
        scripts.put("places probe", CertificatePlaces.probe(HOSTILE).script());
        scripts.put("lineage probe", LetsEncryptLineage.probe(HOSTILE).script());
        scripts.put("addresses probe", DomainAddresses.probe(HOSTILE).script());
        scripts.put("self-signed", new InstallCertificate.SelfSigned().prepare(HOSTILE));
        scripts.put("from Let's Encrypt", new InstallCertificate.FromLetsEncrypt().prepare(HOSTILE));
        assertQuoted(scripts);
    }

    @Test
    void everyInstallersStateProbesHoldTheDomainOnlyQuoted() throws Exception {
        Profile base = Profile.newProfile();
        Profile profile = base.with(b -> b.server(new Profile.Server("192.0.2.7", 22, "admin")).domain(HOSTILE)
                .adminEmail("admin@example.org").hostAccounts(List.of(new Profile.HostAccount("alice"))));
        Map<String, String> scripts = new java.util.LinkedHashMap<>();
        for (Installer installer : StandardInstallers.all()) {
            for (Probe probe : installer.needs(profile).probes()) {
                scripts.put(installer.id() + " " + probe.id(), probe.script());
            }
        }
        assertQuoted(scripts);
    }

    private static void assertQuoted(Map<String, String> scripts) throws Exception {
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            assertFalse(script.getValue().contains(HOSTILE), script.getKey() + " holds the domain unquoted:\n" + script.getValue());
            assertEquals("", bashParse(script.getValue()), script.getKey());
        }
    }

    private static String bashParse(String script) throws Exception {
        Process bash = new ProcessBuilder(new ArrayList<>(List.of("bash", "-n"))).redirectErrorStream(true).start();
        bash.getOutputStream().write(script.getBytes());
        bash.getOutputStream().close();
        String out = new String(bash.getInputStream().readAllBytes());
        bash.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}

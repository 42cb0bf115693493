package org.ownmeet.installers.certificates;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.ChangeRejectedProblem;
import org.ownmeet.installers.engine.EngineEvent;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.RunResult;

/**
 * Puts a certificate in place for nginx, coturn and Prosody's main host with the {@link InstallScript}
 * (checked by nginx and Prosody, every file put back if either refuses), from certbot's store, from the
 * user's own files (sent on stdin, through a folder in memory that is removed again), or made on the
 * server (a new self-signed one). The services restart at the end of the run.
 */
record InstallCertificate(String domain, boolean coturn, Source source) implements ActionChange {
    static final String STEP = "The server's certificate";

    /** Where the pair comes from: shell that sets {@code chain} and {@code key} to two files, and any data it reads. */
    sealed interface Source {
        String summary();

        String prepare(String domain);

        default byte[] data() {
            return null;
        }
    }

    record FromLetsEncrypt() implements Source {
        @Override
        public String summary() {
            return "Install the Let's Encrypt certificate";
        }

        @Override
        public String prepare(String domain) {
            return "chain=" + ShellQuote.quote(LetsEncryptLineage.live(domain) + "/fullchain.pem") + "\nkey="
                    + ShellQuote.quote(LetsEncryptLineage.live(domain) + "/privkey.pem") + "\n";
        }
    }

    record FromOwnFiles(OwnCertificate own) implements Source {
        @Override
        public String summary() {
            return "Install your own certificate (from " + own.certificate().issuer() + ", valid until "
                    + own.certificate().notAfter().toString().substring(0, 10) + ")";
        }

        @Override
        public String prepare(String domain) {
            return inMemoryFolder() + "head -c " + own.chain().length + " > \"$pair/fullchain.pem\"\n"
                    + "head -c " + keyLength() + " > \"$pair/privkey.pem\"\n";
        }

        @Override
        public byte[] data() {
            byte[] chain = own.chain();
            byte[] key = own.key().utf8();
            byte[] both = Arrays.copyOf(chain, chain.length + key.length);
            System.arraycopy(key, 0, both, chain.length, key.length);
            Arrays.fill(key, (byte) 0);
            return both;
        }

        private int keyLength() {
            byte[] key = own.key().utf8();
            Arrays.fill(key, (byte) 0);
            return key.length;
        }
    }

    /** A trial: a self-signed certificate for the domain, made on the server as the Jitsi packages make theirs. */
    record SelfSigned() implements Source {
        @Override
        public String summary() {
            return "Replace the certificate with a new self-signed one (a trial: browsers warn about it)";
        }

        @Override
        public String prepare(String domain) {
            return inMemoryFolder() + "openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "
                    + ShellQuote.quote("/CN=" + domain) + " -addext " + ShellQuote.quote("subjectAltName=DNS:" + domain)
                    + " -keyout \"$pair/privkey.pem\" -out \"$pair/fullchain.pem\" "
                    + "2>/dev/null\n";
        }
    }

    /** A folder only root can read, in memory (/run is a tmpfs), removed when the script ends. */
    private static String inMemoryFolder() {
        return "umask 077\npair=$(mktemp -d -p /run ownmeet-certificate-XXXXXXXX)\ntrap 'rm -rf -- \"$pair\"' EXIT\n"
                + "chain=$pair/fullchain.pem\nkey=$pair/privkey.pem\n";
    }

    @Override
    public String summary() {
        return source.summary() + " for the web server, TURN and Prosody's main host";
    }

    @Override
    public String detail() {
        return "to " + String.join(", ", CertificatePlaces.of(domain, coturn).stream().map(CertificatePlaces.Place::path).toList())
                + " (auth." + domain + " keeps its own); nginx -t and prosodyctl check certs must accept it, or every file is "
                + "put back; the private key is not shown";
    }

    @Override
    public Set<String> restarts() {
        return Set.copyOf(CertificatePlaces.services(coturn));
    }

    @Override
    public void apply(ApplyContext context) {
        String script = InstallScript.functions(domain, coturn) + source.prepare(domain) + "ownmeet_install_certificate \"$chain\" \"$key\" "
                + ShellQuote.quote(context.session().files().backupFolder()) + "\n";
        // to the end even on a cancel: the script puts the pair in place and has it checked, or puts it back
        RunResult result = context.session().run(RemoteScript.asRoot("install the certificate", script).quiet()
                .withData(source.data()).runToTheEnd());
        if (result.exitStatus() == InstallScript.UNSAFE_PLACE_STATUS) {
            String[] words = result.stdout().stream().filter(line -> line.startsWith(InstallScript.UNSAFE_PLACE + " "))
                    .findFirst().orElse(InstallScript.UNSAFE_PLACE + " ? ?").split(" ", 3);
            throw new UnsafeCertificatePlaceProblem(words[1], words.length > 2 ? words[2] : "?");
        }
        if (result.exitStatus() == InstallScript.REJECTED_STATUS) {
            List<String> out = result.stdout();
            int at = 0;
            while (at < out.size() && !out.get(at).startsWith(InstallScript.REJECTED)) {
                at++;
            }
            String check = at < out.size() ? out.get(at).substring(InstallScript.REJECTED.length()).strip() : "a check";
            String output = String.join("\n", out.subList(Math.min(at + 1, out.size()), out.size()));
            context.listener().on(new EngineEvent.ChecksFailedAndUndone(STEP, check, output));
            throw new ChangeRejectedProblem(STEP, check, output);
        }
        result.requireSuccess();
    }
}

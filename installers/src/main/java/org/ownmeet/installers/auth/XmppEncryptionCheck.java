package org.ownmeet.installers.auth;

import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;

/**
 * A desktop XMPP app on port 5222 gets in only over TLS: Prosody, asked as an app asks it (a stream
 * to the meeting domain, on the server itself), requires STARTTLS and offers no login before it.
 * Otherwise a host's password could cross the network in clear, and "every connection is encrypted"
 * in the privacy notice would be untrue.
 */
final class XmppEncryptionCheck implements ServerCheck {
    private final String domain;

    XmppEncryptionCheck(String domain) {
        this.domain = domain;
    }

    @Override
    public CheckId id() {
        return CheckId.XMPP_ENCRYPTION;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        String features = session.run(RemoteScript.asRoot("ask Prosody what an XMPP app may do before encryption", """
                exec 3<>/dev/tcp/127.0.0.1/5222 || exit 0
                printf '<?xml version="1.0"?><stream:stream to="%s" xmlns="jabber:client" xmlns:stream="http://etherx.jabber.org/streams" version="1.0">' >&3
                timeout 3 cat <&3 | tr -d '\\n' | grep -o '<stream:features.*</stream:features>' || true
                exec 3>&-
                """.formatted(domain)).quiet()).requireSuccess().stdoutText();
        if (features.isBlank()) {
            return CheckResult.failed(id(), "Prosody's port for XMPP apps (5222) did not answer as expected, so OwnMeet cannot tell"
                    + " whether it takes only encrypted connections.", "no <stream:features> from 127.0.0.1:5222");
        }
        boolean tlsRequired = features.matches(".*<starttls[^>]*>\\s*<required\\s*/>.*");
        if (!tlsRequired || features.contains("<mechanism>")) {
            return CheckResult.failed(id(), "XMPP apps can log in without encryption on port 5222. Run OwnMeet again to require it.",
                    "stream features before TLS: " + features);
        }
        return CheckResult.passed(id());
    }
}

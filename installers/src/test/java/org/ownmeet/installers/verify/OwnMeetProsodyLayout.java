package org.ownmeet.installers.verify;

import java.time.Duration;

import org.ownmeet.testbed.jitsi.JitsiShape;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * Puts a test-bed target into the state OwnMeet's installers leave a server in (written by hand here,
 * since those installers are written in parallel), and takes single parts of it away again so a
 * check can be seen to fail.
 */
final class OwnMeetProsodyLayout {
    static final String NO_INVITATIONS = "modules_disabled = { \"invites\"; \"invites_adhoc\"; \"invites_register\" }";
    private final DebianTarget target;
    private final JitsiShape shape;

    OwnMeetProsodyLayout(DebianTarget target, JitsiShape shape) {
        this.target = target;
        this.shape = shape;
    }

    /** What guests authenticate with: the shape's anonymous provider. */
    String anonymousAuthentication() {
        return shape == JitsiShape.CURRENT ? "jitsi-anonymous" : "anonymous";
    }

    String mainHostFile() {
        return "/etc/prosody/conf.avail/" + target.domain() + ".cfg.lua";
    }

    String guestHostFile() {
        return "/etc/prosody/conf.avail/guest." + target.domain() + ".cfg.lua";
    }

    void installJitsiMeet(JitsiStandInRepository repository) {
        target.root(repository.quickInstallScript(shape, target.domain())).timeout(Duration.ofMinutes(10)).run();
        target.root("cp -a /etc/prosody /root/prosody-as-installed").run();
    }

    /**
     * Main host on internal_hashed with "register", no sign-up, no invitations, TLS required; guest host in its own
     * file; config.js; restart.
     */
    void applyOwnMeetLayout() {
        target.root("""
                D=%1$s
                rm -rf /etc/prosody && cp -a /root/prosody-as-installed /etc/prosody
                sed -i -E 's/^(\\s*authentication\\s*=\\s*)"(jitsi-anonymous|anonymous)"/\\1"internal_hashed"/' %2$s
                # the first "bosh"; is in the main host's modules_enabled
                sed -i -E '0,/^(\\s*)"bosh";/ s//\\1"bosh";\\n\\1"register";/' %2$s
                sed -i -E 's/^(\\s*)authentication = "internal_hashed"(.*do not delete me.*)$/&\\n\\1allow_registration = false\\n\\1%5$s/' %2$s
                sed -i -E 's/^(\\s*)c2s_require_encryption = false/\\1c2s_require_encryption = true/' %2$s
                cat > %3$s <<GUEST
                VirtualHost "guest.$D"
                    authentication = "%4$s"
                    c2s_require_encryption = true
                    modules_disabled = { "register"; "invites"; "invites_adhoc"; "invites_register" }
                GUEST
                ln -sfn %3$s /etc/prosody/conf.d/guest.$D.cfg.lua
                sed -i -E "s|^(\\s*)// anonymousdomain: .*|\\1anonymousdomain: 'guest.$D',|" /etc/jitsi/meet/$D-config.js
                """.formatted(target.domain(), mainHostFile(), guestHostFile(), anonymousAuthentication(), NO_INVITATIONS)).run();
        restartProsody();
    }

    /**
     * What OwnMeet turns off on the main host, put back by hand: sign-up (also without an invitation: with
     * invites_register on, Prosody asks for one otherwise), invitations, logins without TLS, guests opening rooms.
     */
    void signUpInvitationsPlainLoginsAndRoomCreationPutBack() {
        target.root("""
                sed -i -E 's/^(\\s*)allow_registration = false/\\1allow_registration = true\\n\\1registration_invite_only = false/' %1$s
                sed -i -E '/^\\s*modules_disabled = \\{ "invites"/d; /^\\s*restrict_room_creation/d' %1$s
                sed -i -E 's/^(\\s*)c2s_require_encryption = true/\\1c2s_require_encryption = false/' %1$s
                """.formatted(mainHostFile())).run();
        restartProsody();
    }

    void mainHostLeftAnonymous() {
        target.root("sed -i -E 's/^(\\s*authentication\\s*=\\s*)\"internal_hashed\"(.*do not delete me)/\\1\"%s\"\\2/' %s"
                .formatted(anonymousAuthentication(), mainHostFile())).run();
        restartProsody();
    }

    void guestHostMissing() {
        target.root("rm /etc/prosody/conf.d/guest." + target.domain() + ".cfg.lua").run();
        restartProsody();
    }

    /** Debian's prosody.cfg.lua enables "register" for every host, so leaving it out of the host is not enough. */
    void registerModuleDisabled() {
        target.root("""
                sed -i -E '/^\\s*"register";/d; /^\\s*modules_disabled = \\{ "invites"/d' %1$s
                sed -i -E 's/^(\\s*)authentication = "internal_hashed"(.*do not delete me.*)$/&\\n\\1modules_disabled = { "register"; "invites"; "invites_adhoc"; "invites_register" }/' %1$s
                """.formatted(mainHostFile())).run();
        restartProsody();
    }

    /** As installed by Debian: "register" only in prosody.cfg.lua's global modules_enabled, nothing on the host. */
    void registerOnlyGlobally() {
        target.root("""
                grep -q '^\\s*"register";' /etc/prosody/prosody.cfg.lua
                sed -i -E '/^\\s*"register";/d; /^\\s*allow_registration = false/d' %1$s
                """.formatted(mainHostFile())).run();
        restartProsody();
    }

    void restartProsody() {
        target.root("""
                prosodyctl --config /etc/prosody/prosody.cfg.lua check config >/dev/null || true
                systemctl reset-failed prosody 2>/dev/null || true
                systemctl restart prosody
                for i in $(seq 100); do
                    curl -s -o /dev/null http://127.0.0.1:5280/http-bind && exit 0
                    sleep 0.1
                done
                echo "prosody does not answer on 5280"; journalctl -u prosody --no-pager | tail -20; exit 1
                """).run();
    }

    /** The web certificate nginx serves, as the engine reads it over SSH for a self-signed trial. */
    String webCertificatePem() {
        return target.root("cat /etc/jitsi/meet/" + target.domain() + ".crt").run().output();
    }

    /** Accounts on the main host whose names the verifier generates. */
    String verificationAccountsLeft() {
        return target.root("ls /var/lib/prosody/" + target.domain().replace(".", "%2e") + "/accounts/ 2>/dev/null "
                + "| grep '^" + TemporaryAccount.NAME_PREFIX + "' || true").run().output().strip();
    }
}

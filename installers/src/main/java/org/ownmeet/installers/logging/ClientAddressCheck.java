package org.ownmeet.installers.logging;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;

/**
 * The checks from outside are real visits (web pages, a missing file, logins of a host and a guest).
 * Before them this notes where every log ends; after them it reads only the lines written since and
 * looks for this computer's address as the server sees it. The SSH server's own lines are left out:
 * it records the administrator's logins, not visitors. The address is never shown, only where it was.
 */
final class ClientAddressCheck implements ServerCheck {
    /** The logs a visit can reach: the web server, Prosody, jicofo and the videobridge, syslog's files where there are. */
    private static final String CURRENT_LOGS = ScriptResource.text(ClientAddressCheck.class, "current-logs.sh");
    private static final String MARK = CURRENT_LOGS + ScriptResource.text(ClientAddressCheck.class, "mark-logs.sh");
    private String address;
    private String marks;

    @Override
    public CheckId id() {
        return CheckId.LOGS_WITHOUT_ADDRESSES;
    }

    @Override
    public void before(SshSession session) {
        address = session.run(RemoteScript.asUser("note this computer's address as the server sees it",
                "printf '%s\\n' \"${SSH_CONNECTION%% *}\"").quiet()).requireSuccess().stdoutText().strip();
        marks = session.run(RemoteScript.asRoot("note where each log ends", MARK).quiet()).requireSuccess().stdoutText() + "\n";
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        String client = address.startsWith("::ffff:") && address.contains(".") ? address.substring(7) : address;
        if (!client.matches("[0-9A-Fa-f.:]+") || !client.matches(".*[.:].*")) {
            return CheckResult.failed(id(), "Not checked: the server did not say which address this computer connects from.",
                    "SSH_CONNECTION of the login gave no address");
        }
        byte[] data = marks.getBytes(StandardCharsets.UTF_8);
        List<String> found = session.run(RemoteScript.asRoot("look for this computer's address in the new log lines",
                CURRENT_LOGS + ScriptResource.of(ClientAddressCheck.class, "search-logs.sh")
                        .with("PATTERN", pattern(client)).with("MARKS_SIZE", data.length).text()).withData(data).quiet()).requireSuccess().stdout()
                .stream().filter(line -> line.startsWith("OWNMEET-FOUND ")).map(line -> line.substring(14)).distinct().toList();
        if (found.isEmpty()) {
            return CheckResult.passed(id());
        }
        return CheckResult.failed(id(), "Visitors' addresses are written to logs on the server: the address this computer "
                + "visited from is in new lines of " + String.join(", ", found) + ". Run OwnMeet again; if that does not help, "
                + "ask IT to look at these logs.", "lines written during the checks that hold the client address as the server "
                + "sees it (from SSH_CONNECTION), sshd's own lines left out: " + String.join(", ", found));
    }

    /** A grep -E pattern for the address as a whole (10.203.0.1 is not part of 10.203.0.11), followed by a port or not. */
    static String pattern(String address) {
        if (address.contains(":")) {
            return "(^|[^0-9a-f:])" + address.toLowerCase() + "($|[^0-9a-f:])";
        }
        return "(^|[^0-9.])" + address.replace(".", "\\.") + "($|[^0-9.]|\\.($|[^0-9]))";
    }
}

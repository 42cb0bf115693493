package org.ownmeet.installers.auth;

import java.util.List;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.ownmeet.installers.ssh.ShellQuote;

/**
 * jicofo's {@code authentication} block (enabled, type XMPP, login URL the domain), so jicofo lets
 * only a signed-in host open a room. Whether it is already so is read here; the new file is made on
 * the server by the {@code hocon} tool the packages use, on a copy, and then written like any other.
 */
final class JicofoAuthentication {
    static final String PATH = "/etc/jitsi/jicofo/jicofo.conf";
    static final String RENDERED = "jicofo-authentication";

    private JicofoAuthentication() {
    }

    static boolean isSet(String conf, String domain) {
        try {
            Config config = ConfigFactory.parseString(conf);
            return config.hasPath("jicofo.authentication.enabled") && config.getBoolean("jicofo.authentication.enabled")
                    && "XMPP".equals(config.getString("jicofo.authentication.type"))
                    && domain.equals(config.getString("jicofo.authentication.login-url"));
        } catch (ConfigException e) {
            return false;
        }
    }

    /** A probe that prints jicofo.conf as it will be: the settings made by {@code hocon set} on a copy. */
    static String renderScript(String domain) {
        List<String> sets = List.of("jicofo.authentication.enabled true", "jicofo.authentication.type XMPP",
                "jicofo.authentication.login-url " + ShellQuote.quote(domain));
        StringBuilder script = new StringBuilder("t=$(mktemp); cp " + PATH + " \"$t\"; ");
        sets.forEach(set -> script.append("hocon -f \"$t\" set ").append(set).append(" >/dev/null; "));
        return script.append("cat \"$t\"; rm -f \"$t\"").toString();
    }
}

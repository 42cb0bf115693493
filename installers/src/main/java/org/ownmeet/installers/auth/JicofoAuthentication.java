package org.ownmeet.installers.auth;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.ownmeet.installers.ssh.ShellQuote;

/**
 * jicofo's {@code authentication} block (enabled, type XMPP, login URL the domain), so jicofo lets
 * only a signed-in host open a room. Whether it is already so is read here; the new file is made on
 * the server by the HOCON library the packages' tool uses, then written like any other file.
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

    /**
     * A probe that prints jicofo.conf as it will be: the three settings made on a copy with the
     * library the packages' {@code hocon} tool is made of, in one Ruby process instead of three.
     */
    static String renderScript(String domain) {
        return "ruby -rhocon/parser/config_document_factory -e '"
                + "doc = Hocon::Parser::ConfigDocumentFactory.parse_file(ARGV[0]); "
                + "doc = doc.set_value(\"jicofo.authentication.enabled\", \"true\"); "
                + "doc = doc.set_value(\"jicofo.authentication.type\", \"XMPP\"); "
                + "doc = doc.set_value(\"jicofo.authentication.login-url\", ARGV[1].inspect); "
                + "print doc.render' " + PATH + " " + ShellQuote.quote(domain);
    }

    /** Whether the text parses as HOCON, checked with the reference parser before anything is written. */
    static boolean parses(String conf) {
        try {
            ConfigFactory.parseString(conf);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}

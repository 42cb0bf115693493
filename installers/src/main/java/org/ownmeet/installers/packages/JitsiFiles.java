package org.ownmeet.installers.packages;

/** Where the Jitsi packages put the files that OwnMeet's installers read and edit. */
public final class JitsiFiles {
    public static final String JICOFO_CONF = "/etc/jitsi/jicofo/jicofo.conf";
    public static final String JICOFO_PROPERTIES = "/etc/jitsi/jicofo/sip-communicator.properties";
    public static final String JVB_CONF = "/etc/jitsi/videobridge/jvb.conf";
    /** The videobridge's older settings file, which older packages still read. */
    public static final String JVB_PROPERTIES = "/etc/jitsi/videobridge/sip-communicator.properties";

    private JitsiFiles() {
    }

    /** The web app's settings for the domain. */
    public static String configJs(String domain) {
        return "/etc/jitsi/meet/" + domain + "-config.js";
    }

    /** The nginx site the web package made for the domain. */
    public static String nginxSite(String domain) {
        return "/etc/nginx/sites-available/" + domain + ".conf";
    }

    /** Prosody's configuration of the domain's hosts. */
    public static String prosodyHost(String domain) {
        return "/etc/prosody/conf.avail/" + domain + ".cfg.lua";
    }

    /** The certificate nginx serves for the domain. */
    public static String webCertificate(String domain) {
        return "/etc/jitsi/meet/" + domain + ".crt";
    }
}

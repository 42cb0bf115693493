package org.ownmeet.installers.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.profile.Profile;

/** The meeting site's servers say which access log; the site's own log lines give way. */
class NginxLoggingTest {
    private static final Profile.Logging OFF = new Profile.Logging(7, Profile.AccessLog.OFF);
    private static final Profile.Logging ANONYMISED = new Profile.Logging(7, Profile.AccessLog.ANONYMISED);
    private static final String NOTE = " # OwnMeet: the site's logs are set by OwnMeet";
    /** Shaped like the current Jitsi site: a redirecting server, the meeting server with its own access log. */
    private static final String SITE = """
            log_format jitsi_log '$remote_addr - $remote_user [$time_local] {"braces in quotes"}';
            server {
                listen 80;
                location / {
                    return 301 https://$host$request_uri;
                }
            }
            server {
                listen 443 ssl http2;
                root /usr/share/jitsi-meet;

                access_log /var/log/nginx/access.log jitsi_log;
                error_log
                    /var/log/nginx/jitsi-error.log;
                location = /config.js {
                    alias /etc/jitsi/meet/config.js;
                }
            }
            """;

    @Test
    void eachServerGetsTheChosenLineAndTheSitesOwnGoEvenOverSeveralLines() {
        String edited = NginxLogging.siteConfig(SITE, ANONYMISED);
        assertEquals("""
                log_format jitsi_log '$remote_addr - $remote_user [$time_local] {"braces in quotes"}';
                server {
                    access_log /var/log/nginx/access.log ownmeet_anonymised; # OwnMeet: the access log you chose
                    listen 80;
                    location / {
                        return 301 https://$host$request_uri;
                    }
                }
                server {
                    access_log /var/log/nginx/access.log ownmeet_anonymised; # OwnMeet: the access log you chose
                    listen 443 ssl http2;
                    root /usr/share/jitsi-meet;

                    # access_log /var/log/nginx/access.log jitsi_log;%1$s
                    # error_log
                        # /var/log/nginx/jitsi-error.log;%1$s
                    location = /config.js {
                        alias /etc/jitsi/meet/config.js;
                    }
                }
                """.formatted(NOTE), edited);
        assertEquals(edited, NginxLogging.siteConfig(edited, ANONYMISED));
    }

    @Test
    void offAndZeroDaysAreTheSameLineAndSwitchingBackGivesTheSameText() {
        String off = NginxLogging.siteConfig(SITE, OFF);
        assertEquals(NginxLogging.siteConfig(SITE, ANONYMISED).replace(
                "access_log /var/log/nginx/access.log ownmeet_anonymised;", "access_log off;"), off);
        assertEquals(off, NginxLogging.siteConfig(SITE, new Profile.Logging(0, Profile.AccessLog.ANONYMISED)));
        assertEquals(off, NginxLogging.siteConfig(NginxLogging.siteConfig(off, ANONYMISED), OFF));
    }

    @Test
    void theCommonFileCancelsOtherAccessLogsKeepsSeriousErrorsAndShortensAddresses() {
        String content = NginxLogging.CONTENT;
        assertTrue(content.contains("\naccess_log off;\n") && content.contains("\nerror_log /var/log/nginx/error.log alert;\n"));
        assertTrue(content.contains("~^(?P<network>\\d+\\.\\d+)\\.\\d+\\.\\d+$      $network.X.X;"), content);
        assertFalse(content.contains("log_format ownmeet_anonymised '$remote_addr"));
        assertTrue(NginxLogging.readsConfD("http {\n\tinclude /etc/nginx/conf.d/*.conf;\n}\n"));
        assertFalse(NginxLogging.readsConfD("http {\n\t# include /etc/nginx/conf.d/*.conf;\n}\n"));
    }
}

package org.ownmeet.installers.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The rotation files of the packages, in their shapes, kept the chosen days without touching their scripts. */
class LogRotationTest {
    /** Shaped like Debian's nginx file: the time first, a script with shell line continuations. */
    private static final String NGINX = """
            /var/log/nginx/*.log {
            	daily
            	missingok
            	rotate 14
            	compress
            	delaycompress
            	notifempty
            	create 0640 www-data adm
            	sharedscripts
            	prerotate
            		if [ -d /etc/logrotate.d/httpd-prerotate ]; then \\
            			run-parts /etc/logrotate.d/httpd-prerotate; \\
            		fi \\
            	endscript
            	postrotate
            		invoke-rc.d nginx rotate >/dev/null 2>&1
            	endscript
            }
            """;

    @Test
    void theTimeLinesGoAndOwnMeetsComeFirstScriptsStay() {
        assertEquals("""
                /var/log/nginx/*.log {
                	# OwnMeet: kept 7 days, the retention you chose (OwnMeet rewrites the next three lines)
                	daily
                	rotate 7
                	maxage 7
                	missingok
                	compress
                	delaycompress
                	notifempty
                	create 0640 www-data adm
                	sharedscripts
                	prerotate
                		if [ -d /etc/logrotate.d/httpd-prerotate ]; then \\
                			run-parts /etc/logrotate.d/httpd-prerotate; \\
                		fi \\
                	endscript
                	postrotate
                		invoke-rc.d nginx rotate >/dev/null 2>&1
                	endscript
                }
                """, LogRotation.withRetention(NGINX, 7));
    }

    @Test
    void aSecondRunChangesNothingAndOtherDaysChangeOnlyOwnMeetsLines() {
        String seven = LogRotation.withRetention(NGINX, 7);
        assertEquals(seven, LogRotation.withRetention(seven, 7));
        String three = LogRotation.withRetention(seven, 3);
        assertEquals(LogRotation.withRetention(NGINX, 3), three);
        assertEquals(seven.replace("kept 7 days", "kept 3 days").replace("rotate 7", "rotate 3").replace("maxage 7", "maxage 3"), three);
        assertEquals(seven.replace("kept 7 days", "kept 1 day").replace("rotate 7", "rotate 1").replace("maxage 7", "maxage 1"),
                LogRotation.withRetention(three, 1));
    }

    @Test
    void hourlyAndSizeWouldOverrideTheDaysSoTheyGo() {
        String videobridge = """
                /var/log/jitsi/jvb.log {
                  hourly
                  size 100M
                  missingok
                  rotate 24
                  minsize 1M
                  compress
                  copytruncate
                  su jvb jitsi
                }
                """;
        assertEquals("""
                /var/log/jitsi/jvb.log {
                  # OwnMeet: kept 0 days, the retention you chose (OwnMeet rewrites the next three lines)
                  daily
                  rotate 0
                  maxage 0
                  missingok
                  compress
                  copytruncate
                  su jvb jitsi
                }
                """, LogRotation.withRetention(videobridge, 0));
    }

    @Test
    void pathsOnLinesOfTheirOwnBlankLinesAndCommentsAsTheyAre() {
        String syslog = """
                # system logs
                /var/log/syslog
                /var/log/daemon.log
                {
                    weekly
                    rotate 4

                    # keep them small
                    maxsize 50M
                    postrotate
                	/usr/lib/rsyslog/rsyslog-rotate
                	rotate-helper { }
                    endscript
                }

                /var/log/ufw.log { # the firewall
                    monthly
                }""";
        assertEquals("""
                # system logs
                /var/log/syslog
                /var/log/daemon.log
                {
                    # OwnMeet: kept 14 days, the retention you chose (OwnMeet rewrites the next three lines)
                    daily
                    rotate 14
                    maxage 14

                    # keep them small
                    maxsize 50M
                    postrotate
                	/usr/lib/rsyslog/rsyslog-rotate
                	rotate-helper { }
                    endscript
                }

                /var/log/ufw.log { # the firewall
                    # OwnMeet: kept 14 days, the retention you chose (OwnMeet rewrites the next three lines)
                    daily
                    rotate 14
                    maxage 14
                }""", LogRotation.withRetention(syslog, 14));
    }

    @Test
    void anEntryOnOneLineIsNotGuessedAt() {
        assertThrows(IllegalArgumentException.class, () -> LogRotation.withRetention("/var/log/x.log { weekly }\n", 7));
    }
}

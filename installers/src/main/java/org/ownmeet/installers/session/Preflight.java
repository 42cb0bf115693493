package org.ownmeet.installers.session;

import java.util.List;

import org.ownmeet.installers.problem.Notice;

/**
 * What the server is, read right after connecting and before anything is planned: shown by the
 * wizard's connection step and used by the meeting-size step's chart.
 *
 * @param system            the distribution as the server names it ("Debian GNU/Linux 12 (bookworm)")
 * @param supported         whether OwnMeet supports this system
 * @param supportNote       why not (by code for the wizard, and in plain English), or a note on what differs;
 *                          null when there is nothing to say
 * @param cores             processor cores
 * @param memoryMegabytes   memory in MB
 * @param freeDiskMegabytes free space on the root file system in MB
 * @param addresses         the server's own global addresses, IPv4 and IPv6
 * @param jitsiInstalled    Jitsi Meet's packages are already installed
 * @param ownMeetRecord     OwnMeet set this server up before (it keeps its record in /etc/ownmeet)
 * @param recordedDomain    the domain of that record, or null
 */
public record Preflight(String system, boolean supported, Notice supportNote, int cores, long memoryMegabytes,
                        long freeDiskMegabytes, List<String> addresses, boolean jitsiInstalled, boolean ownMeetRecord,
                        String recordedDomain) {
    public Preflight {
        addresses = List.copyOf(addresses);
    }
}

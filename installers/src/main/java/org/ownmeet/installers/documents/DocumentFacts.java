package org.ownmeet.installers.documents;

import java.util.List;
import java.util.Map;

/**
 * Everything the privacy notice and the record of processing state, in one place: every format and
 * language is made from these values and nothing else, and they are written out as the JSON of
 * the facts. Made by {@link DocumentFactsBuilder} from the applied profile and the verified state.
 * Text the deployer typed is kept as typed; each format escapes it.
 */
public record DocumentFacts(
        String language,
        String date,
        String domain,
        Controller controller,
        boolean answered,
        String controllerType,
        List<Purpose> purposes,
        boolean participationObligatory,
        String legalProvision,
        Authority supervisoryAuthority,
        Hosting hosting,
        Transfer transfer,
        List<String> participants,
        ServerSettings server,
        Verification verification) {

    public record Controller(String name, List<String> addressLines, String email, String officerName, String officerEmail) {
    }

    /** @param basis the letter of Art. 6(1), or null when not answered */
    public record Purpose(String id, String basis) {
    }

    public record Authority(String name, List<String> addressLines) {
    }

    /** @param country the country's name in the document's language */
    public record Hosting(boolean ownPremises, String provider, List<String> addressLines, String country,
                          boolean processingContract) {
    }

    public record Transfer(String country, String safeguard) {
    }

    /**
     * The settings applied on the server that the documents describe.
     *
     * @param retentionDays the days chosen; logs are rotated daily, so an entry is gone after at most one day more
     * @param videobridgeServers the addresses of the extra videobridge servers, where audio and video of some meetings are
     *                           processed instead of on this server
     */
    public record ServerSettings(int retentionDays, int retentionAtMostDays, String accessLog, boolean peerToPeer,
                                 boolean localRecording, boolean sharedVideo, boolean desktopXmppClients, boolean firewall,
                                 String certificate, String meetingSize, int hostAccounts, List<String> hostAccountNames,
                                 List<String> videobridgeServers) {
    }

    /**
     * @param done whether a verification was run at all
     * @param passed whether every check passed
     */
    public record Verification(boolean done, boolean passed, String date, List<Check> checks, Map<String, String> versions) {
    }

    public record Check(String id, boolean passed) {
    }
}

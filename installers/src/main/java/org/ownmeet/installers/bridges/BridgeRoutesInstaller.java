package org.ownmeet.installers.bridges;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.Installer;
import org.ownmeet.installers.engine.ManagedBlock;
import org.ownmeet.installers.engine.PendingChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.engine.StateRequest;
import org.ownmeet.installers.engine.Validator;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;
import org.ownmeet.installers.welcome.NoticeLocations;
import org.ownmeet.installers.welcome.UnexpectedSiteProblem;

/**
 * On the main server: nginx forwards each bridge's WebSocket, {@code /colibri-ws/<name>/}, to that bridge
 * server, as the packages' commented example does for the main server's own bridge ({@code default-id}). A
 * bridge taken off the list keeps its route until its removal is confirmed; the block goes with the last
 * route, leaving the site as it was.
 */
public final class BridgeRoutesInstaller implements Installer {
    static final String BLOCK = "videobridges";
    private static final Pattern ROUTE = Pattern.compile("(?m)^\\s*proxy_pass http://(\\S+):\\d+/colibri-ws/([a-z0-9-]+)/");

    @Override
    public String id() {
        return "bridge-routes";
    }

    @Override
    public String title() {
        return "Routes to the videobridge servers";
    }

    @Override
    public StateRequest needs(Profile profile) {
        return StateRequest.of(List.of(JitsiFiles.nginxSite(profile.domain())), List.of());
    }

    @Override
    public List<Change> plan(ServerState state, Profile profile, ApplyOptions options) {
        FileSnapshot site = state.file(JitsiFiles.nginxSite(profile.domain()));
        if (!site.exists()) {
            return profile.bridges().isEmpty() ? List.of() : List.of(new PendingChange(title(), "once Jitsi Meet is installed"));
        }
        List<Bridge> routed = routed(site.text(), profile, options);
        String text = routed.isEmpty() ? ManagedBlock.remove(site.text(), "#", BLOCK)
                : ManagedBlock.putAfter(site.text(), "#", BLOCK, locations(routed), NoticeLocations.HTTPS_SERVER);
        if (text == null) {
            throw new UnexpectedSiteProblem(profile.domain(), site.path());
        }
        FileChange change = FileChange.ifDifferent("the web server forwards each videobridge's WebSocket to its server", site,
                FileWrite.of(site.path(), text), Validator.NGINX, Set.of("nginx"));
        return change == null ? List.of() : List.of(change);
    }

    /** The profile's bridges, and those the site routes to whose removal is not confirmed yet (their route stays). */
    private static List<Bridge> routed(String site, Profile profile, ApplyOptions options) {
        List<Bridge> routed = new ArrayList<>(profile.bridges());
        Matcher route = ROUTE.matcher(site);
        while (route.find()) {
            String name = route.group(2);
            boolean inProfile = profile.bridges().stream().anyMatch(b -> b.name().equals(name));
            if (!inProfile && !options.confirmedRemovals().contains(BridgeNames.ACCOUNT_PREFIX + name)) {
                // only its name and address make its route; SSH does not matter here
                routed.add(new Bridge(name, route.group(1).replaceAll("^\\[|]$", ""), 22, "root"));
            }
        }
        return routed;
    }

    static String locations(List<Bridge> bridges) {
        StringBuilder block = new StringBuilder();
        for (Bridge bridge : bridges) {
            String host = bridge.host().contains(":") ? "[" + bridge.host() + "]" : bridge.host();
            block.append("""
                    location ~ ^/colibri-ws/%1$s/(.*) {
                        proxy_pass http://%2$s:%3$d/colibri-ws/%1$s/$1$is_args$args;
                        proxy_http_version 1.1;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection "upgrade";
                        tcp_nodelay on;
                    }
                    """.formatted(bridge.name(), host, BridgeJvbConf.WEBSOCKET_PORT));
        }
        return block.toString();
    }
}

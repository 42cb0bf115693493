package org.ownmeet.installers.bridges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.ownmeet.installers.engine.ApplyOptions;
import org.ownmeet.installers.engine.Change;
import org.ownmeet.installers.engine.FileChange;
import org.ownmeet.installers.engine.ServerState;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.profile.ProfileSamples;
import org.ownmeet.installers.ssh.files.FileSnapshot;

/** nginx's routes to the bridges: one location per bridge, IPv6 in brackets, and the site as before once the last goes. */
class BridgeRoutesTest {
    private static final String SITE = """
            server {
                listen 443 ssl;
                listen [::]:443 ssl;
                server_name meet.schule-am-see.de;
                location = /config.js {
                    alias /etc/jitsi/meet/meet.schule-am-see.de-config.js;
                }
            }
            """;

    @Test
    void eachBridgeGetsItsWebSocketRouteAndTheLastOneGoingLeavesTheSiteAsBefore() {
        Profile profile = ProfileSamples.school().withBridges(List.of(new Bridge("bridge2", "203.0.113.6", 22, "debian"),
                new Bridge("bridge3", "2001:db8::7", 22, "debian")));
        String routed = written(new BridgeRoutesInstaller().plan(state(SITE, profile), profile, ApplyOptions.defaults()));
        assertTrue(routed.contains("    location ~ ^/colibri-ws/bridge2/(.*) {\n        proxy_pass http://203.0.113.6:9090/"
                + "colibri-ws/bridge2/$1$is_args$args;"), routed);
        assertTrue(routed.contains("proxy_pass http://[2001:db8::7]:9090/colibri-ws/bridge3/"), routed);
        assertTrue(routed.indexOf("listen [::]:443 ssl;") < routed.indexOf("# BEGIN OwnMeet videobridges"), routed);
        // a second run changes nothing
        assertEquals(List.of(), new BridgeRoutesInstaller().plan(state(routed, profile), profile, ApplyOptions.defaults()));

        // taken off the list: the routes stay until the removal is confirmed, one by one
        Profile alone = profile.withBridges(List.of());
        assertEquals(List.of(), new BridgeRoutesInstaller().plan(state(routed, alone), alone, ApplyOptions.defaults()));
        String one = written(new BridgeRoutesInstaller().plan(state(routed, alone), alone,
                ApplyOptions.defaults().withConfirmedRemovals(Set.of("jvb-bridge2"))));
        assertTrue(!one.contains("bridge2") && one.contains("proxy_pass http://[2001:db8::7]:9090/colibri-ws/bridge3/"), one);
        assertEquals(SITE, written(new BridgeRoutesInstaller().plan(state(one, alone), alone,
                ApplyOptions.defaults().withConfirmedRemovals(Set.of("jvb-bridge3")))));
        assertEquals(List.of(), new BridgeRoutesInstaller().plan(state(SITE, alone), alone, ApplyOptions.defaults()));
    }

    private static ServerState state(String site, Profile profile) {
        String path = JitsiFiles.nginxSite(profile.domain());
        return new ServerState(Map.of(path, new FileSnapshot(path, true, site.getBytes(StandardCharsets.UTF_8), "644", "root",
                "root")), Map.of());
    }

    private static String written(List<Change> changes) {
        assertEquals(1, changes.size(), changes.toString());
        FileChange change = (FileChange) changes.get(0);
        assertNotEquals(null, change.after());
        return new String(change.after().content(), StandardCharsets.UTF_8);
    }
}

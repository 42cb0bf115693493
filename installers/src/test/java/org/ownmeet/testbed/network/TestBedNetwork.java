package org.ownmeet.testbed.network;

import org.ownmeet.testbed.host.HostCommand;

/**
 * The test bed's own network 10.203.0.0/24: a bridge on this machine holding 10.203.0.1, where the
 * apt proxy, the DNS, the ACME CA and the stand-in Jitsi repository listen; each target is a network
 * namespace plugged into it. Nothing is routed beyond it, so targets reach Debian only through the proxy.
 */
public final class TestBedNetwork implements AutoCloseable {
    public static final String HOST_ADDRESS = "10.203.0.1";
    static final String BRIDGE = "omtb0";
    static final String PREFIX = "omtb";

    private TestBedNetwork() {
    }

    public static TestBedNetwork up() {
        HostCommand.bash("""
                ip link add %1$s type bridge
                ip addr add %2$s/24 dev %1$s
                ip link set %1$s up
                """.formatted(BRIDGE, HOST_ADDRESS)).run();
        return new TestBedNetwork();
    }

    public TargetNetwork plugIn(int index) {
        return TargetNetwork.create(index, BRIDGE);
    }

    /** Removes namespaces and links a killed run left behind; all of them carry the test bed's prefix. */
    public static void removeLeftovers() {
        HostCommand.bash("""
                for ns in $(ip netns list | awk '{print $1}' | grep '^%1$s-' || true); do ip netns del "$ns"; done
                for link in $(ip -o link show | awk -F': ' '{print $2}' | cut -d@ -f1 | grep '^%1$s' || true); do
                  ip link del "$link" 2>/dev/null || true
                done
                """.formatted(PREFIX)).run();
    }

    @Override
    public void close() {
        HostCommand.of("ip", "link", "del", BRIDGE).runAllowingFailure();
    }
}

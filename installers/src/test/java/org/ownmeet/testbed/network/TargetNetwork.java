package org.ownmeet.testbed.network;

import org.ownmeet.testbed.host.HostCommand;

/** One target's network namespace, its address 10.203.0.(10+index), and the veth pair to the bridge. */
public final class TargetNetwork implements AutoCloseable {
    private final String namespace;
    private final String address;
    private final String bridge;

    private TargetNetwork(String namespace, String address, String bridge) {
        this.namespace = namespace;
        this.address = address;
        this.bridge = bridge;
    }

    static TargetNetwork create(int index, String bridge) {
        if (index < 1 || index > 240) {
            throw new IllegalArgumentException("target index out of range: " + index);
        }
        String namespace = TestBedNetwork.PREFIX + "-t" + index;
        String hostSide = TestBedNetwork.PREFIX + "v" + index;
        String address = "10.203.0." + (10 + index);
        HostCommand.bash("""
                ip netns add %1$s
                ip link add %2$s type veth peer name eth0 netns %1$s
                ip link set %2$s master %3$s up
                ip -n %1$s addr add %4$s/24 dev eth0
                ip -n %1$s link set eth0 up
                ip -n %1$s link set lo up
                """.formatted(namespace, hostSide, bridge, address)).run();
        return new TargetNetwork(namespace, address, bridge);
    }

    public String address() {
        return address;
    }

    /** The link this machine reaches the target on, the zone of the target's link-local IPv6 address. */
    public String hostInterface() {
        return bridge;
    }

    public String namespacePath() {
        return "/run/netns/" + namespace;
    }

    /** Deleting the namespace deletes the veth pair with it. */
    @Override
    public void close() {
        HostCommand.of("ip", "netns", "del", namespace).runAllowingFailure();
    }
}

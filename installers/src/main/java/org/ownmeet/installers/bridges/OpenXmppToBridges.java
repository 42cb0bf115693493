package org.ownmeet.installers.bridges;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ownmeet.installers.bridges.BridgeFirewallInstaller.BridgeAddress;
import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/** ufw rules that let each videobridge server, and only it, reach Prosody's port 5222; none that lets anyone in. */
record OpenXmppToBridges(List<BridgeAddress> add, List<BridgeAddress> remove) implements ActionChange {

    @Override
    public String summary() {
        return "Open port 5222/tcp to the videobridge servers only" + (add.isEmpty() ? "" : ": " + names(add))
                + (remove.isEmpty() ? "" : (add.isEmpty() ? ": " : "; ") + "close it to " + names(remove));
    }

    private static String names(List<BridgeAddress> addresses) {
        return addresses.stream().map(a -> a.name() + " (" + a.address() + ")").collect(Collectors.joining(", "));
    }

    @Override
    public String detail() {
        return "ufw allow proto tcp from <bridge address> to any port 5222, marked \"" + BridgeFirewallInstaller.COMMENT
                + "<name>\"";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String script = ScriptResource.of(OpenXmppToBridges.class, "open-xmpp-to-bridges.sh")
                .withList("REMOVE", remove.stream().map(BridgeAddress::address).toList())
                .withList("ADD", add.stream().map(BridgeAddress::address).toList())
                .withList("ADD_COMMENTS", add.stream().map(a -> BridgeFirewallInstaller.COMMENT + a.name()).toList()).text();
        context.session().run(RemoteScript.asRoot("let the videobridge servers reach port 5222", script).runToTheEnd())
                .requireSuccess();
    }
}

package org.ownmeet.installers.firewall;

import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * Sets {@code ufw_init} to ufw's own start and stop script (where it is differs between releases), or to
 * nothing. A class of its own: the probe and the undo timer both need it, and each needs the other's
 * values, so neither may be the one it is loaded from (the first to load would see the other's still unset).
 */
final class UfwInit {
    static final String FIND = ScriptResource.text(UfwInit.class, "find-ufw-init.sh");

    private UfwInit() {
    }
}

package org.ownmeet.installers.tuning;

import java.util.function.ToIntFunction;

import org.ownmeet.installers.engine.ManagedBlock;

/**
 * The two Java services and the settings file each reads its heap size from (a systemd
 * EnvironmentFile for the bridge, a file jicofo's start script sources); a {@code tuning} block at
 * the end of it wins over an earlier line.
 */
enum JavaService {
    VIDEOBRIDGE("/etc/jitsi/videobridge/config", "VIDEOBRIDGE_MAX_MEMORY", "jitsi-videobridge2", JavaHeap::videobridgeMegabytes),
    JICOFO("/etc/jitsi/jicofo/config", "JICOFO_MAX_MEMORY", "jicofo", JavaHeap::jicofoMegabytes);

    final String path;
    final String service;
    private final String variable;
    private final ToIntFunction<JavaHeap> share;

    JavaService(String path, String variable, String service, ToIntFunction<JavaHeap> share) {
        this.path = path;
        this.variable = variable;
        this.service = service;
        this.share = share;
    }

    String withHeap(String text, JavaHeap heap) {
        return ManagedBlock.put(text, "#", TuningInstaller.BLOCK,
                "# sized to this server's memory\n" + variable + "=" + share.applyAsInt(heap) + "m");
    }
}

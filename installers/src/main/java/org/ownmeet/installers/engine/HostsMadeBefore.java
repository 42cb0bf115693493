package org.ownmeet.installers.engine;

import java.util.List;

/**
 * The host accounts a run made before it ended early (it failed, or was stopped as asked), with their
 * one-time passwords. Later runs leave existing accounts alone, so these passwords exist nowhere else:
 * every way {@link Engine#apply} ends early carries them on the exception it ends with, whatever its
 * type, and the caller shows them once ({@link #in}).
 */
public final class HostsMadeBefore extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ApplyContext.HostCredential> hosts;

    private HostsMadeBefore(List<ApplyContext.HostCredential> hosts) {
        super(hosts.size() + " host account(s) made before the run ended", null, false, false);
        this.hosts = List.copyOf(hosts);
    }

    /** Puts {@code hosts} on {@code ended} (once; nothing when there are none) and returns it, to be thrown. */
    public static <T extends Throwable> T attach(T ended, List<ApplyContext.HostCredential> hosts) {
        if (!hosts.isEmpty() && in(ended).isEmpty()) {
            ended.addSuppressed(new HostsMadeBefore(hosts));
        }
        return ended;
    }

    /** The host accounts made before {@code ended} was thrown; empty if none were. */
    public static List<ApplyContext.HostCredential> in(Throwable ended) {
        for (Throwable carried : ended.getSuppressed()) {
            if (carried instanceof HostsMadeBefore made && made.hosts != null) {
                return made.hosts;
            }
        }
        return List.of();
    }
}

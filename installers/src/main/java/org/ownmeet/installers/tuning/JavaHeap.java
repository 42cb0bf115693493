package org.ownmeet.installers.tuning;

/**
 * How much memory the two Java services may take, from the server's memory. The packages start both
 * with 3 GB whatever the machine has, which on a 4 GB server leaves Prosody, nginx, coturn and the
 * system to the out-of-memory killer. Here 1.5 GB stays for those and for the Java processes' own
 * memory outside the heap; of the rest the videobridge (which carries the media) gets 60 %, jicofo
 * 20 % and a fifth stays free. Each is rounded down to 256 MB and kept between a floor a service
 * still starts with and a ceiling beyond which more heap does not help: 8 GB for the bridge (its
 * README's own example for a busy bridge), 3 GB for jicofo (its packaged default, which it never
 * needs more than).
 */
public record JavaHeap(int videobridgeMegabytes, int jicofoMegabytes) {
    static final int KEPT_FOR_THE_REST_MB = 1536;
    static final int STEP_MB = 256;

    public static JavaHeap forMemory(long memoryMegabytes) {
        long forJava = Math.max(0, memoryMegabytes - KEPT_FOR_THE_REST_MB);
        return new JavaHeap(share(forJava, 0.6, 768, 8192), share(forJava, 0.2, 512, 3072));
    }

    /**
     * On an extra videobridge server the videobridge is the only Java service: 1 GB stays for the system and
     * the process's memory outside the heap, 80 % of the rest is the bridge's, up to the same ceiling.
     */
    public static JavaHeap forVideobridgeServer(long memoryMegabytes) {
        long forJava = Math.max(0, memoryMegabytes - 1024);
        return new JavaHeap(share(forJava, 0.8, 768, 8192), 0);
    }

    private static int share(long megabytes, double fraction, int floor, int ceiling) {
        long rounded = (long) (megabytes * fraction) / STEP_MB * STEP_MB;
        return (int) Math.max(floor, Math.min(ceiling, rounded));
    }
}

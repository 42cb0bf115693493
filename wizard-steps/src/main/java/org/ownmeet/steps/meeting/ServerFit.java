package org.ownmeet.steps.meeting;

/**
 * What the chosen size needs against what the server has, for the chart.
 *
 * @param hasCores        the server's cores, or -1 when the server has not been checked yet
 * @param hasMemoryMb     the server's memory in MB, or -1 when not checked yet
 * @param enoughCores     the engine's verdict ({@code Requirements}); false when not checked
 * @param enoughMemory    the engine's verdict, memory counted as it counts it; false when not checked
 */
public record ServerFit(int neededCores, int neededMemoryGb, int hasCores, long hasMemoryMb, boolean enoughCores,
                        boolean enoughMemory) {

    public boolean checked() {
        return hasCores >= 0;
    }

    public double hasMemoryGb() {
        return hasMemoryMb / 1024.0;
    }
}

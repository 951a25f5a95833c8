package io.iton.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The machine's load and where its CPU went in each minute of the constant load: on a shared
 * machine they tell a slow minute caused by the app from one caused by its neighbours.
 */
final class Minutes {

    /** The 1-minute load average at the minute's end, and the cores each used in that minute. */
    record Minute(double loadAverage, CpuShares.Cores cores) {

        static final Minute UNKNOWN = new Minute(Double.NaN, CpuShares.Cores.UNKNOWN);
    }

    private final CpuShares cpu;
    private final List<Minute> minutes = new ArrayList<>();
    private CpuShares.Look before;

    Minutes(CpuShares cpu, CpuShares.Look start) {
        this.cpu = cpu;
        this.before = start;
    }

    synchronized void probe() {
        try {
            CpuShares.Look now = cpu.look();
            double load = Double.parseDouble(Soak.loadAverage().split(",")[0]);
            minutes.add(new Minute(load, CpuShares.Cores.between(before, now)));
            before = now;
        } catch (Exception e) {
            System.err.println("minute probe failed: " + e);
        }
    }

    synchronized List<Minute> list() {
        return List.copyOf(minutes);
    }
}

package io.iton.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The machine's load and the app's CPU at the end of each minute of the constant load: on a shared
 * machine they tell a slow minute caused by the app from one caused by its neighbours.
 */
final class Minutes {

    /** The 1-minute load average at the minute's end, and the CPU the app used in that minute, in cores. */
    record Minute(double loadAverage, double appCores) {
    }

    private final AppProcess app;
    private final List<Minute> minutes = new ArrayList<>();
    private double cpuBefore;
    private long before = System.nanoTime();

    Minutes(AppProcess app, double cpuAtStart) {
        this.app = app;
        this.cpuBefore = cpuAtStart;
    }

    synchronized void probe() {
        try {
            double cpu = app.cpuSeconds();
            long now = System.nanoTime();
            double load = Double.parseDouble(Soak.loadAverage().split(",")[0]);
            minutes.add(new Minute(load, (cpu - cpuBefore) / ((now - before) / 1e9)));
            cpuBefore = cpu;
            before = now;
        } catch (Exception e) {
            System.err.println("minute probe failed: " + e);
        }
    }

    synchronized List<Minute> list() {
        return List.copyOf(minutes);
    }
}

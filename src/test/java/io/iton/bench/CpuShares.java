package io.iton.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went between two looks, in cores: the app, PostgreSQL (all its processes),
 * this load generator, everything else, time the hypervisor took for other guests (steal), idle
 * waiting for the disk (iowait) and idle.
 * The app, PostgreSQL and the load generator share two cores here, so a rate the app cannot hold is
 * either the app's own cost or a neighbour's; this tells which.
 */
final class CpuShares {

    /** Clock ticks a second in /proc (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    /** CPU ticks counted so far, by whom, and when (nanoTime). */
    record Look(long at, double app, double postgres, double own, double busy, double steal, double ioWait, double idle) {
    }

    /** Cores used over an interval, each a share of the elapsed time. */
    record Cores(double app, double postgres, double loadGenerator, double other, double steal, double ioWait, double idle) {

        static final Cores UNKNOWN = new Cores(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        static Cores between(Look from, Look to) {
            double seconds = (to.at() - from.at()) / 1e9;
            double app = (to.app() - from.app()) / seconds;
            double postgres = (to.postgres() - from.postgres()) / seconds;
            double own = (to.own() - from.own()) / seconds;
            double busy = (to.busy() - from.busy()) / seconds;
            return new Cores(app, postgres, own, Math.max(0, busy - app - postgres - own),
                    (to.steal() - from.steal()) / seconds, (to.ioWait() - from.ioWait()) / seconds,
                    (to.idle() - from.idle()) / seconds);
        }
    }

    private final long appPid;

    CpuShares(long appPid) {
        this.appPid = appPid;
    }

    Look look() {
        try {
            // cpu  user nice system idle iowait irq softirq steal ...
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            double busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(cpu[i]);
            }
            double idle = Long.parseLong(cpu[4]);
            double ioWait = Long.parseLong(cpu[5]);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Look(System.nanoTime(), processSeconds(appPid), postgresSeconds(), os.getProcessCpuTime() / 1e9,
                    busy / TICKS, Long.parseLong(cpu[8]) / TICKS, ioWait / TICKS, idle / TICKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** User and system CPU time of a process, in seconds; 0 for one that has gone. */
    static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        } catch (IOException e) {
            return 0;
        }
    }

    /** All PostgreSQL processes' CPU seconds (server and backends; a backend that ended takes its share with it). */
    private static double postgresSeconds() throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuShares::isPostgres)
                    .mapToDouble(p -> processSeconds(Long.parseLong(p.getFileName().toString())))
                    .sum();
        }
    }

    private static boolean isPostgres(Path process) {
        try {
            return Files.readString(process.resolve("comm")).startsWith("postgres");
        } catch (IOException e) {
            return false;
        }
    }
}

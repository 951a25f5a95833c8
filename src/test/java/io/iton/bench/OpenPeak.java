package io.iton.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The highest constant rate the app keeps up with in an open loop, found by stepping up from a
 * share of the closed-loop peak: each step sends its rate for a while, and it holds when every
 * request got a 2xx answer, the answers kept pace with the rate and the p99 stayed under a bound.
 * The constant load runs at a share of this peak, so that it is a share of a rate the machine
 * was seen to hold in the way the constant load sends: a closed loop (each connection sending its
 * next request the moment the last answer comes) keeps the app, PostgreSQL and the load
 * generator busy without ever waking them, and its 30-second peak varied by a fifth between two
 * runs of one build; at 80% of the higher one the machine fell behind (bench/README.md).
 */
final class OpenPeak {

    /** One step: the rate sent, the answers a second achieved, the p99, the sender's worst lag, the errors. */
    record Step(double rate, double achieved, double p99Ms, double worstLagMs, long errors, boolean held) {
    }

    /** How the steps go: from {@code from} of the closed-loop peak by {@code by} up to all of it, each for {@code each}. */
    record Plan(double from, double by, Duration each, double p99LimitMs) {

        Plan {
            if (!(from > 0 && from <= 1 && by > 0 && !each.isNegative() && !each.isZero() && p99LimitMs > 0)) {
                throw new IllegalArgumentException("open-loop steps need 0 < step-from <= 1, step-by > 0, step > 0 "
                        + "and step-p99-ms > 0");
            }
        }

        /** The steps' shares of the closed-loop peak: from, from + by, ... up to 1. */
        int count() {
            return (int) Math.floor((1 - from) / by + 1e-9) + 1;
        }

        double share(int step) {
            return from + step * by;
        }
    }

    /** The answers may fall this much short of the rate (the last requests of a step finish after it). */
    static final double PACE = 0.97;

    private OpenPeak() {
    }

    static boolean held(double rate, Load.Sent sent, double p99Ms, long errors, double p99LimitMs) {
        return errors == 0 && p99Ms <= p99LimitMs && sent.answered() / sent.seconds() >= PACE * rate;
    }

    /** Steps up until one does not hold; the steps measured, the last one the first that failed (if any did). */
    static List<Step> search(Load load, Mix mix, double closedPeak, Plan plan, int maxInFlight) throws InterruptedException {
        List<Step> steps = new ArrayList<>();
        for (int step = 0; step < plan.count(); step++) {
            double rate = closedPeak * plan.share(step);
            long start = System.nanoTime();
            Latencies latencies = new Latencies(start);
            Load.Sent sent = load.open(mix, rate, plan.each(), maxInFlight, start, latencies);
            double p99 = Samples.percentileMs(latencies.all().sorted(), 99);
            long errors = latencies.errorCount();
            boolean held = held(rate, sent, p99, errors, plan.p99LimitMs());
            steps.add(new Step(rate, sent.answered() / sent.seconds(), p99, sent.worstSendLagMs(), errors, held));
            if (!held) {
                break;
            }
            Thread.sleep(2_000); // the app's queues and collections settle before the next step
        }
        return steps;
    }

    /** The highest rate that held, or the first step's when none did; the closed-loop peak when there were no steps. */
    static double peak(List<Step> steps, double closedPeak) {
        if (steps.isEmpty()) {
            return closedPeak;
        }
        return steps.stream().filter(Step::held).mapToDouble(Step::rate).max().orElse(steps.getFirst().rate());
    }
}

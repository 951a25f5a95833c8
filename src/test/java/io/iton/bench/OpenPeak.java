package io.iton.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The highest constant rate the app keeps up with in an open loop, found by stepping up from a
 * share of the closed-loop peak: each step sends its rate for a while, and it holds when every
 * request got a 2xx answer, the answers kept pace with the rate and the p99 stayed under a bound.
 * The constant load runs at a share of this peak. A closed loop's peak is not one an open loop
 * can run at: with the load generator, the app and PostgreSQL on the same two cores, a request
 * sent on its own schedule costs them a quarter more CPU than one sent the moment the last
 * answer came back (threads woken one request at a time instead of finding the next waiting),
 * so 80% of the closed-loop peak was all of the machine and more (bench/README.md).
 */
final class OpenPeak {

    /** One step: the rate sent, the answers a second achieved, the p99, the sender's worst lag, the errors. */
    record Step(double rate, double achieved, double p99Ms, double worstLagMs, long errors, boolean held) {
    }

    /** How the steps go: from {@code from} of the closed-loop peak by {@code by} up to all of it, each for {@code each}. */
    record Plan(double from, double by, Duration each, double p99LimitMs) {
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
        for (double share = plan.from(); share <= 1.0 + 1e-9; share += plan.by()) {
            double rate = closedPeak * share;
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

    /** The highest rate that held, or the first step's when none did. */
    static double peak(List<Step> steps) {
        return steps.stream().filter(Step::held).mapToDouble(Step::rate).max().orElse(steps.getFirst().rate());
    }
}

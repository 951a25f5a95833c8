package io.iton.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.iton.bench.Mix.Kind;

/** The soak report's arithmetic: percentiles, the heap trend, the mix's shares and addresses. */
class SoakArithmeticTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Samples samples = new Samples();
        IntStream.rangeClosed(1, 100).map(i -> 101 - i).forEach(i -> samples.add(i * 1000L));
        int[] sorted = samples.sorted();
        assertThat(Samples.percentileMs(sorted, 50)).isEqualTo(50.0);
        assertThat(Samples.percentileMs(sorted, 99)).isEqualTo(99.0);
        assertThat(Samples.percentileMs(sorted, 100)).isEqualTo(100.0);
        assertThat(Samples.percentileMs(new int[0], 99)).isNaN();
    }

    @Test
    void anOpenLoopStepHoldsOnlyWithoutErrorsAtPaceAndUnderTheP99Bound() {
        Load.Sent kept = new Load.Sent(20_000, 20_000, 20.1, 3);
        Load.Sent behind = new Load.Sent(20_000, 20_000, 25.0, 900);
        assertThat(OpenPeak.held(1000, kept, 80, 0, 1000)).isTrue();
        assertThat(OpenPeak.held(1000, behind, 80, 0, 1000)).as("answers fell behind the rate").isFalse();
        assertThat(OpenPeak.held(1000, kept, 1200, 0, 1000)).as("p99 over the bound").isFalse();
        assertThat(OpenPeak.held(1000, kept, 80, 1, 1000)).as("one error").isFalse();
    }

    @Test
    void theOpenLoopStepsGoFromTheFirstShareUpToAllOfTheClosedLoopPeak() {
        var plan = new OpenPeak.Plan(0.5, 0.1, Duration.ofSeconds(20), 1000);
        assertThat(plan.count()).isEqualTo(6);
        assertThat(plan.share(5)).isCloseTo(1.0, within(1e-9));
        assertThat(new OpenPeak.Plan(1, 0.1, Duration.ofSeconds(20), 1000).count()).isEqualTo(1);
        assertThatThrownBy(() -> new OpenPeak.Plan(0.5, 0, Duration.ofSeconds(20), 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOpenLoopPeakIsTheHighestRateThatHeldOrTheFirstStepWhenNoneDid() {
        var held = new OpenPeak.Step(1000, 1000, 50, 1, 0, true);
        var higher = new OpenPeak.Step(1200, 1195, 300, 2, 0, true);
        var failed = new OpenPeak.Step(1400, 1100, 4000, 900, 0, false);
        assertThat(OpenPeak.peak(List.of(held, higher, failed), 2000)).isEqualTo(1200);
        assertThat(OpenPeak.peak(List.of(failed), 2000)).isEqualTo(1400);
    }

    @Test
    void heapTrendIsTheLeastSquaresSlopeInMegabytesAMinute() {
        long mb = 1024 * 1024;
        List<AppProcess.Sample> growing = IntStream.range(0, 11)
                .mapToObj(m -> new AppProcess.Sample(m * 60_000L, (100 + 3L * m) * mb, 0, 0, 0)).toList();
        List<AppProcess.Sample> flat = IntStream.range(0, 11)
                .mapToObj(m -> new AppProcess.Sample(m * 60_000L, (100 + (m % 2) * 4L) * mb, 0, 0, 0)).toList();
        assertThat(HeapTrend.slopeMbPerMinute(growing)).isCloseTo(3.0, within(1e-9));
        assertThat(HeapTrend.slopeMbPerMinute(flat)).isCloseTo(0.0, within(0.5));
    }

    @Test
    void mixKeepsItsSharesAndFavoursTheFirstArticles(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("articles.tsv");
        Files.write(list, IntStream.rangeClosed(1, 1000).mapToObj(i -> i + "\tכתבה-" + i).toList());
        Mix mix = Mix.load(list, new int[] {70, 15, 15});
        int articles = 0;
        int first = 0;
        int last = 0;
        for (int i = 0; i < 20_000; i++) {
            Mix.Target t = mix.next();
            if (t.kind() == Kind.ARTICLE) {
                articles++;
                first += t.path().startsWith("/article/1/") ? 1 : 0;
                last += t.path().startsWith("/article/1000/") ? 1 : 0;
            }
        }
        assertThat(articles).isBetween(13_400, 14_600);
        assertThat(first).isGreaterThan(50 * Math.max(last, 1));
        assertThat(mix.next().path()).doesNotContain(" ", "כתבה");
    }

    @Test
    void hebrewInAddressesIsPercentEncoded() {
        assertThat(Mix.encode("צה\"ל בגבול")).isEqualTo("%D7%A6%D7%94%22%D7%9C%20%D7%91%D7%92%D7%91%D7%95%D7%9C");
    }

    @Test
    void theHeapAForcedCollectionLeftIsReadFromTheGcLogNotFromOtherCollections() {
        List<String> log = List.of(
                "[61.002s] GC(40) Pause Young (Normal) (G1 Evacuation Pause) 612M->98M(1024M) 4.321ms",
                "[61.530s] GC(41) Pause Full (Diagnostic Command) 700M->110M(1024M) 187.500ms",
                "[62.100s] GC(42) Pause Young (Normal) (G1 Evacuation Pause) 500M->120M(1024M) 5.000ms",
                "[121.4s] GC(80) Pause Full (Diagnostic Command) 1G->900K(1024M) 12.000ms");

        assertThat(AppProcess.forcedCollections(log)).containsExactly(110L << 20, 900L << 10);
    }
}

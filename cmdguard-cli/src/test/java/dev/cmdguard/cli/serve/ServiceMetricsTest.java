package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CacheStats;
import dev.cmdguard.FindingCode;
import dev.cmdguard.cli.serve.ServiceMetrics.Route;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {
  /** A sample line of the exposition format: name, optional labels, a number. */
  private static final Pattern SAMPLE =
      Pattern.compile("[a-z_]+(\\{([a-z]+=\"[^\"]*\",?)+\\})? -?[0-9.]+(e[-+]?[0-9]+)?");

  private final DecisionTally tally = new DecisionTally();
  private final ServiceMetrics metrics = new ServiceMetrics(tally);

  @Test
  void everyLineIsACommentOrASample() {
    tally.record(request("rm -rf / ~"), Backends.GUARD.evaluate(request("rm -rf / ~")));
    metrics.started();
    metrics.finished(Route.EVALUATE, 200, 1_200_000);
    String text = metrics.render(new CacheStats(3, 4, 1, 2));
    assertThat(text).endsWith("\n");
    for (String line : text.split("\n")) {
      assertThat(
              line.startsWith("# HELP ")
                  || line.startsWith("# TYPE ")
                  || SAMPLE.matcher(line).matches())
          .as(line)
          .isTrue();
    }
    assertThat(text)
        .contains("cmdguard_cache_hits_total 3\n")
        .contains("cmdguard_cache_misses_total 4\n")
        .contains("cmdguard_cache_evictions_total 1\n")
        .contains("cmdguard_cache_size 2\n");
  }

  @Test
  void everyCodeIsPresentFromTheStart() {
    String text = new ServiceMetrics(new DecisionTally()).render(new CacheStats(0, 0, 0, 0));
    for (FindingCode code : FindingCode.values()) {
      assertThat(text)
          .contains("cmdguard_decisions_by_code_total{code=\"" + code.name() + "\"} 0\n");
    }
  }

  @Test
  void aDecisionCountsEachOfItsCodesOnce() {
    dev.cmdguard.EvaluationRequest twice = request("rm -rf /; rm -rf /usr");
    tally.record(twice, Backends.GUARD.evaluate(twice));
    String text = metrics.render(new CacheStats(0, 0, 0, 0));
    assertThat(text)
        .contains("cmdguard_decisions_by_code_total{code=\"DANGEROUS_DELETE_ROOT\"} 1\n")
        .contains("cmdguard_decisions_total{decision=\"deny\"} 1\n");
  }

  @Test
  void histogramBucketsAreCumulative() {
    long[] nanos = {100_000, 700_000, 4_000_000, 4_000_000, 30_000_000_000L};
    Arrays.stream(nanos)
        .forEach(
            n -> {
              metrics.started();
              metrics.finished(Route.EVALUATE, 200, n);
            });
    String text = metrics.render(new CacheStats(0, 0, 0, 0));
    List<String> expected =
        List.of(
            "le=\"0.0005\"} 1",
            "le=\"0.001\"} 2",
            "le=\"0.0025\"} 2",
            "le=\"0.005\"} 4",
            "le=\"10\"} 4",
            "le=\"+Inf\"} 5");
    for (String bucket : expected) {
      assertThat(text)
          .contains("cmdguard_request_duration_seconds_bucket{route=\"evaluate\"," + bucket + "\n");
    }
    assertThat(text)
        .contains("cmdguard_request_duration_seconds_sum{route=\"evaluate\"} 30.008800000\n")
        .contains("cmdguard_request_duration_seconds_count{route=\"evaluate\"} 5\n")
        .contains("cmdguard_requests_in_flight 0\n");
  }

  @Test
  void otherRoutesAreCountedButNotTimed() {
    metrics.started();
    metrics.finished(Route.METRICS, 200, 5);
    String text = metrics.render(new CacheStats(0, 0, 0, 0));
    assertThat(text)
        .contains("cmdguard_requests_total{route=\"metrics\",status=\"200\"} 1\n")
        .doesNotContain("route=\"metrics\",le=");
  }

  private static dev.cmdguard.EvaluationRequest request(String script) {
    return dev.cmdguard.EvaluationRequest.script(script, "/home/dev/p", "/home/dev", "dev");
  }
}

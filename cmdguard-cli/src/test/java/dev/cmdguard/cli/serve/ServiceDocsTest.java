package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CacheStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/service.md names every metric and every route, so the reference cannot drift. */
class ServiceDocsTest {
  private static String docs() throws IOException {
    Path inModule = Path.of("../docs/service.md");
    return Files.readString(Files.exists(inModule) ? inModule : Path.of("docs/service.md"));
  }

  @Test
  void everyMetricIsDocumented() throws IOException {
    String docs = docs();
    List<String> names =
        new ServiceMetrics(new DecisionTally())
            .render(new CacheStats(0, 0, 0, 0))
            .lines()
            .filter(l -> l.startsWith("# TYPE "))
            .map(l -> l.split(" ")[2])
            .toList();
    assertThat(names).hasSizeGreaterThan(5);
    for (String name : names) {
      assertThat(docs).as(name).contains("`" + name);
    }
  }

  @Test
  void everyRouteIsDocumented() throws IOException {
    String docs = docs();
    for (String route :
        List.of(
            "POST " + Endpoints.EVALUATE,
            "POST " + HookRoute.PREFIX + "{agent}",
            "GET " + Endpoints.HEALTHZ,
            "GET " + Endpoints.METRICS)) {
      assertThat(docs).contains("### `" + route + "`");
    }
  }
}

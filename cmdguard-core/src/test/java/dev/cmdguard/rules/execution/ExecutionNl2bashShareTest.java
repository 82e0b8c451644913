package dev.cmdguard.rules.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Risk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over-blocking watch (issue 3, point 6): of the 12,607 ordinary one-liners of the shared NL2Bash
 * corpus, the execution family alone rates at most 0.6% high or critical (measured: 70 lines,
 * 0.56%, nearly all commands whose name or code is a run-time value).
 */
class ExecutionNl2bashShareTest {

  @Test
  void fewNl2bashLinesAreHigh() throws IOException {
    String shared = System.getProperty("cmdguard.shared", "../../shared");
    List<String> lines =
        Files.readAllLines(Path.of(shared, "corpus", "nl2bash.cm"), StandardCharsets.UTF_8);
    CommandGuard guard = CommandGuard.builder().rules(List.of(new ExecutionRule())).build();
    long high =
        lines.stream()
            .map(l -> EvaluationRequest.script(l, "/home/dev/project", "/home/dev", "dev"))
            .filter(r -> guard.evaluate(r).risk().compareTo(Risk.HIGH) >= 0)
            .count();
    assertThat((double) high / lines.size()).isLessThanOrEqualTo(0.006);
  }
}

package dev.cmdguard.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.PeersCorpus;
import dev.cmdguard.rules.RuleTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Over-blocking guard for the git, data and infrastructure, and context families on the NL2Bash
 * one-liners ({@code ../shared/corpus/nl2bash.cm}, ordinary commands): the lines these families
 * rate high or critical stay under 0.5%. Writes {@code target/nl2bash-git-data-context.txt}.
 */
class Nl2bashShareTest {
  private static final Set<FindingCode.Family> MINE =
      EnumSet.of(FindingCode.Family.GIT, FindingCode.Family.DATA_INFRA, FindingCode.Family.CONTEXT);

  @Test
  void highOrCriticalShareStaysSmall() throws IOException {
    List<String> lines = Files.readAllLines(PeersCorpus.file("nl2bash.cm"), StandardCharsets.UTF_8);
    List<String> hits = new ArrayList<>();
    for (String line : lines) {
      Decision d = RuleTable.evaluate(line);
      List<Finding> mine =
          d.findings().stream()
              .filter(f -> MINE.contains(f.code().family()))
              .filter(f -> f.severity().compareTo(Risk.HIGH) >= 0)
              .toList();
      if (!mine.isEmpty()) {
        hits.add(mine.get(0).code() + "\t" + line);
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "nl2bash-git-data-context.txt"), hits, StandardCharsets.UTF_8);
    assertThat((double) hits.size() / lines.size())
        .as("share of high/critical lines")
        .isLessThan(0.005);
  }
}

package dev.cmdguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The recorded hook payloads and answers, {@code src/test/resources/hooks/AGENT/CASE.json} with
 * {@code CASE.stdout}, {@code CASE.stderr} and {@code CASE.exit}, which both the hook verb ({@link
 * HookGoldenTest}) and the service's hook route are held to.
 */
public final class HookRecordings {
  /** The directory of the recordings, relative to the cmdguard-cli module. */
  public static final Path ROOT = Path.of("src/test/resources/hooks");

  private HookRecordings() {}

  /** Every recorded payload as (agent, case name), sorted. */
  public static Stream<Arguments> cases() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(f -> Arguments.of(f.getParent().getFileName().toString(), stem(f)))
          .toList()
          .stream();
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }
}

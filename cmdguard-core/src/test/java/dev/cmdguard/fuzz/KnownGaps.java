package dev.cmdguard.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list of transformations known to lower the risk of a base command, each with its reason: one
 * line {@code transformation | base | reason} each ({@code *} as the base: any base), {@code #} for
 * comments. Read from the test resources of this package.
 */
final class KnownGaps {
  /** One listed gap. */
  record Gap(String transform, String base, String reason) {}

  private final List<Gap> gaps;

  private KnownGaps(List<Gap> gaps) {
    this.gaps = List.copyOf(gaps);
  }

  static KnownGaps load(String resource) {
    try (InputStream in =
        Objects.requireNonNull(KnownGaps.class.getResourceAsStream(resource), resource)) {
      List<Gap> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" \\| ", 3);
        if (parts.length != 3 || parts[2].isBlank()) {
          throw new IllegalStateException(
              resource + ": needs 'transformation | base | reason': " + line);
        }
        out.add(new Gap(parts[0].strip(), parts[1].strip(), parts[2].strip()));
      }
      return new KnownGaps(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Gap> all() {
    return gaps;
  }

  boolean lists(String transform, String base) {
    return gaps.stream()
        .anyMatch(
            g ->
                g.transform().equals(transform) && (g.base().equals(base) || g.base().equals("*")));
  }

  /** True when {@code transform} is listed for every base. */
  boolean listsForAll(String transform) {
    return gaps.stream().anyMatch(g -> g.transform().equals(transform) && g.base().equals("*"));
  }
}

package dev.cmdguard.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The policy fixtures under {@code src/test/resources/policy/}, parsed as user-layer files named by
 * their path below {@code valid/} or {@code invalid/} ({@code keys/profile.yaml}), so messages and
 * sources do not depend on where the build runs.
 */
final class PolicyFixtures {
  private PolicyFixtures() {}

  /** The text of {@code policy/<dir>/<name>}. */
  static String text(String dir, String name) {
    String resource = "/policy/" + dir + "/" + name;
    try (InputStream in = PolicyFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code policy/valid/<name>} as a user layer. */
  static PolicyLayer valid(String name) throws PolicyException {
    return parse(text("valid", name), name);
  }

  /** {@code policy/invalid/<name>} as a user layer. */
  static PolicyLayer invalid(String name) throws PolicyException {
    return parse(text("invalid", name), name);
  }

  /** {@code text} as a user layer named {@code name}. */
  static PolicyLayer parse(String text, String name) throws PolicyException {
    return PolicyLoader.parse(text, name, Layer.USER, "");
  }

  /** A setting as {@code path = value @line:column}, the value as {@link PolicyKey#show}. */
  static String render(Setting s) {
    return s.path()
        + " = "
        + PolicyKey.show(s.value())
        + " @"
        + s.source().line()
        + ":"
        + s.source().column();
  }
}

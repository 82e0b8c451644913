package dev.cmdguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cmdguard.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading policy files: the SHA-256 of the bytes, strict UTF-8, the 1 MiB limit, unreadable files,
 * and hostile documents (alias bombs, deep nesting) that must fail fast as a {@link
 * PolicyException} rather than exhaust memory or the stack.
 */
class PolicyLoaderFileTest {
  @TempDir Path dir;

  @Test
  void loadRecordsTheFileItsHashAndTheLayer() throws Exception {
    Path file = write("policy.yaml", "profile: high\n".getBytes(StandardCharsets.UTF_8));

    PolicyLayer layer = PolicyLoader.load(file, Layer.SYSTEM);

    assertThat(layer.layer()).isEqualTo(Layer.SYSTEM);
    assertThat(layer.file()).isEqualTo(file.toString());
    assertThat(layer.sha256())
        .isEqualTo("f451bdd29def6b0c709b7287cbd72286b81413c85116ac24d48fb9b8c3d9971e");
    assertThat(layer.settings())
        .containsExactly(
            Setting.of(
                PolicyKey.PROFILE,
                Profile.HIGH,
                PolicySource.at(Layer.SYSTEM, file.toString(), 1, 10)));
  }

  @Test
  void aByteOrderMarkIsDroppedButCountsInTheHash() throws Exception {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "profile: low\n");
    Path file = write("bom.yaml", bytes);

    PolicyLayer layer = PolicyLoader.load(file, Layer.USER);

    assertThat(layer.settings().get(0).source().column()).isEqualTo(10);
    assertThat(layer.sha256()).isEqualTo(PolicyLoader.sha256(bytes)).hasSize(64);
  }

  @Test
  void invalidUtf8IsAProblemNamingTheByte() throws Exception {
    Path file = write("latin1.yaml", "profile: h\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(problem(file))
        .isEqualTo(file + ": the file is not valid UTF-8 (byte offset 10) (save it as UTF-8)");
  }

  @Test
  void aFileLargerThanOneMebibyteIsAProblemAndIsNotReadWhole() throws Exception {
    Path file = write("huge.yaml", comments(2 * PolicyLoader.MAX_BYTES));

    assertThat(problem(file))
        .isEqualTo(file + ": the file is larger than 1 MiB (a policy needs a few kilobytes)");
  }

  @Test
  void aFileOfExactlyOneMebibyteIsRead() throws Exception {
    Path file = write("full.yaml", comments(PolicyLoader.MAX_BYTES));

    assertThat(Files.size(file)).isEqualTo(PolicyLoader.MAX_BYTES);
    assertThat(PolicyLoader.load(file, Layer.USER).settings()).isEmpty();
  }

  @Test
  void textLongerThanOneMebibyteIsAProblem() {
    String text = new String(comments(PolicyLoader.MAX_BYTES + 1), StandardCharsets.UTF_8);

    PolicyException e =
        catchThrowableOfType(
            PolicyException.class, () -> PolicyLoader.parse(text, "big.yaml", Layer.USER, ""));

    assertThat(e.getMessage())
        .isEqualTo("big.yaml: the policy is larger than 1 MiB (a policy needs a few kilobytes)");
  }

  @Test
  void aMissingFileIsAProblem() {
    Path file = dir.resolve("absent.yaml");

    assertThat(problem(file)).isEqualTo(file + ": the file does not exist");
  }

  @Test
  void aDirectoryIsAProblem() {
    assertThat(problem(dir)).startsWith(dir + ": cannot read the file");
  }

  @Test
  void billionLaughsStopsAtTheAliasLimit() {
    String lol = "a: &a [" + String.join(",", Collections.nCopies(9, "\"lol\"")) + "]\n";
    String bomb =
        lol
            + IntStream.range(1, 9)
                .mapToObj(
                    i -> {
                      char self = (char) ('a' + i);
                      char prev = (char) ('a' + i - 1);
                      String refs = String.join(",", Collections.nCopies(9, "*" + prev));
                      return self + ": &" + self + " [" + refs + "]\n";
                    })
                .collect(Collectors.joining());

    PolicyException e =
        catchThrowableOfType(PolicyException.class, () -> PolicyFixtures.parse(bomb, "lol.yaml"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage())
        .isEqualTo(
            "lol.yaml:3:11: more than 10 aliases to lists or mappings (write the values out;"
                + " aliases are limited so that a small file cannot expand into a huge one)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"flow lists", "flow mappings", "block lists"})
  void tenThousandLevelsOfNestingStopAtTheDepthLimit(String kind) {
    int n = 10_000;
    String text =
        switch (kind) {
          case "flow lists" -> "profile: " + "[".repeat(n) + "]".repeat(n) + "\n";
          case "flow mappings" -> "profile: " + "{a: ".repeat(n) + "x" + "}".repeat(n) + "\n";
          default -> "- ".repeat(n) + "x\n";
        };

    PolicyException e =
        catchThrowableOfType(PolicyException.class, () -> PolicyFixtures.parse(text, "deep.yaml"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message())
        .isEqualTo("lists and mappings nested deeper than 32 levels");
    assertThat(e.problems().get(0).line()).isEqualTo(1);
  }

  @Test
  void thirtyTwoLevelsCountingTheTopMappingAreParsedAndThirtyThreeAreNot() {
    String ok = "rules: {deny: " + "[".repeat(30) + "]".repeat(30) + "}\n";
    String deep = "rules: {deny: " + "[".repeat(31) + "]".repeat(31) + "}\n";

    PolicyException parsed =
        catchThrowableOfType(PolicyException.class, () -> PolicyFixtures.parse(ok, "d.yaml"));
    PolicyException limited =
        catchThrowableOfType(PolicyException.class, () -> PolicyFixtures.parse(deep, "d.yaml"));

    assertThat(parsed.getMessage())
        .isEqualTo(
            "d.yaml:1:16: rules.deny[0]: expected a string, got a list (write a single value)");
    assertThat(limited.getMessage())
        .isEqualTo(
            "d.yaml:1:45: lists and mappings nested deeper than 32 levels"
                + " (a policy needs at most three levels)");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String problem(Path file) {
    PolicyException e =
        catchThrowableOfType(PolicyException.class, () -> PolicyLoader.load(file, Layer.USER));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).line()).isZero();
    return e.getMessage();
  }

  /** {@code size} bytes of comment lines. */
  private static byte[] comments(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) '#');
    for (int i = 99; i < size; i += 100) {
      bytes[i] = '\n';
    }
    bytes[size - 1] = '\n';
    return bytes;
  }

  private static byte[] concat(byte[] head, String tail) {
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(head, head.length + t.length);
    System.arraycopy(t, 0, out, head.length, t.length);
    return out;
  }
}

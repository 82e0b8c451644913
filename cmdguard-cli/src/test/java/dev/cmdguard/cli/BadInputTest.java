package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of unusable input or command line ends with exit status 2 and a clear message on
 * standard error, never a stack trace; a bug ends with 1 and {@code internal error}.
 */
class BadInputTest {
  @TempDir static Path dir;

  @BeforeAll
  static void writeFiles() throws IOException {
    Files.write(dir.resolve("latin1.sh"), "echo ok\necho caf\u00e9".getBytes("ISO-8859-1"));
    Files.write(dir.resolve("nul.sh"), "echo a\0b".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("truncated.sh"), new byte[] {'l', 's', (byte) 0xe2, (byte) 0x82});
    byte[] big = new byte[InputText.MAX_BYTES + 1];
    Arrays.fill(big, (byte) '#');
    Files.write(dir.resolve("big.sh"), big);
    Files.createDirectory(dir.resolve("subdir"));
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(
            "missing file", "explain -f missing.sh", "cannot read missing.sh: no such file"),
        Arguments.of("directory", "explain -f subdir", "subdir is a directory"),
        Arguments.of(
            "not UTF-8",
            "explain -f latin1.sh",
            "latin1.sh is not valid UTF-8: byte 0xE9 at byte offset 16 (line 2)"),
        Arguments.of(
            "truncated UTF-8",
            "explain -f truncated.sh",
            "not valid UTF-8: byte 0xE2 at byte offset 2"),
        Arguments.of(
            "NUL byte", "explain -f nul.sh", "nul.sh contains a NUL byte at byte offset 6"),
        Arguments.of(
            "over 10 MiB", "explain -f big.sh", "big.sh is larger than the limit of 10 MiB"),
        Arguments.of("both -c and --", "explain -c ls -- ls", "give only one of"),
        Arguments.of("both -c and -f", "explain -c ls -f nul.sh", "give only one of"),
        Arguments.of("nothing", "explain", "nothing to explain"),
        Arguments.of("only --", "explain --", "nothing to explain"),
        Arguments.of("argv without --", "explain ls", "to explain a script, pass it with -c ls;"),
        Arguments.of("unknown option", "explain --jsn -c ls", "Unknown option: '--jsn'"),
        Arguments.of("unknown verb", "explian -c ls", "Unmatched arguments"),
        Arguments.of("bad colour", "explain --color=purple -c ls", "'purple' is not a colour mode"),
        Arguments.of("-c twice", "explain -c ls -c pwd", "should be specified only once"),
        Arguments.of("check: not UTF-8", "check -f latin1.sh", "latin1.sh is not valid UTF-8"),
        Arguments.of("check: NUL byte", "check -f nul.sh", "nul.sh contains a NUL byte"),
        Arguments.of("check: over 10 MiB", "check -f big.sh", "larger than the limit of 10 MiB"),
        Arguments.of("check: nothing", "check", "nothing to check: give -c SCRIPT"),
        Arguments.of("check: argv without --", "check rm", "to check a script, pass it with -c rm"),
        Arguments.of(
            "check: unknown profile",
            "check --profile lax -c ls",
            "Invalid value for option '--profile': unknown profile 'lax' (expected low, medium,"),
        Arguments.of("scan: missing file", "scan missing.jsonl", "cannot read missing.jsonl"),
        Arguments.of("scan: directory", "scan subdir", "subdir is a directory"),
        Arguments.of("scan: unknown profile", "scan --profile x", "unknown profile 'x'"),
        Arguments.of("scan: two files", "scan a b", "Unmatched argument"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void exitsTwoWithAMessage(String name, String args, String message) {
    Cli.Result r = cli().in(dir).run(args.split(" "));
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("cmdguard: ").contains(message).doesNotContain("\tat ");
  }

  @Test
  void anUnreadableFile() throws IOException {
    Path file = Files.writeString(dir.resolve("secret.sh"), "ls");
    Files.setPosixFilePermissions(file, java.util.Set.of());
    assumeFalse(Files.isReadable(file), "root reads every file");
    Cli.Result r = cli().in(dir).run("explain", "-f", "secret.sh");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("cmdguard: cannot read secret.sh: permission denied\n");
  }

  @Test
  void standardInputIsCheckedToo() {
    byte[] bad = {'l', 's', ' ', (byte) 0xff};
    Cli.Result r = cli().stdin(bad).run("explain", "-f", "-");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "cmdguard: standard input is not valid UTF-8: byte 0xFF at byte offset 3 (line 1)\n");
  }

  @Test
  void aBugIsAnInternalErrorWithoutStackTrace() {
    Cli.Result r = cli().stdin(BadInputTest::failingStream).run("explain", "-f", "-");
    assertThat(r.exit()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(r.err())
        .startsWith("cmdguard: internal error: IllegalStateException: boom\n")
        .contains("--debug")
        .doesNotContain("\tat ");
  }

  @Test
  void debugShowsTheStackTrace() {
    Cli.Result flag = cli().stdin(BadInputTest::failingStream).run("explain", "--debug", "-f", "-");
    Cli.Result env =
        cli()
            .env("CMDGUARD_DEBUG", "1")
            .stdin(BadInputTest::failingStream)
            .run("explain", "-f", "-");
    for (Cli.Result r : new Cli.Result[] {flag, env}) {
      assertThat(r.exit()).isEqualTo(ExitCodes.INTERNAL_ERROR);
      assertThat(r.err()).contains("internal error: IllegalStateException: boom", "\tat ");
    }
  }

  @Test
  void aReadErrorIsBadInput() {
    Cli.Result r =
        cli()
            .stdin(
                () ->
                    new InputStream() {
                      @Override
                      public int read() throws IOException {
                        throw new IOException("Input/output error");
                      }
                    })
            .run("explain", "-f", "-");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("cmdguard: cannot read standard input: Input/output error\n");
  }

  private static InputStream failingStream() {
    throw new IllegalStateException("boom");
  }
}

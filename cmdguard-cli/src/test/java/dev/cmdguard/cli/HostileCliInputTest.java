package dev.cmdguard.cli;

import static dev.cmdguard.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's hostile input at the command line, where bytes come in: text that is not UTF-8, NUL
 * bytes, CRLF line ends, commands of megabytes, and a hook payload of 50 MB. Each ends with the
 * documented exit status and one line naming the problem; nothing that cannot be judged is allowed
 * (check exits 0 only for allow, a hook blocks with exit 2). Memory stays bounded: the 50 MB
 * payload is never read past the 1 MiB limit.
 */
class HostileCliInputTest {
  @TempDir Path dir;

  @Test
  void checkRefusesBytesThatAreNotUtf8() throws IOException {
    Path file = write("bad.sh", new byte[] {'r', 'm', ' ', (byte) 0xff, (byte) 0xfe, '\n'});

    Cli.Result r = cli().in(dir).run("check", "-f", file.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is not valid UTF-8: byte 0xFF at byte offset 3");
  }

  @Test
  void checkRefusesNulBytesOnStandardInput() {
    Cli.Result r =
        cli().stdin("rm -rf /\0; ls".getBytes(StandardCharsets.UTF_8)).run("check", "-f", "-");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("NUL byte");
  }

  @Test
  void checkReadsCrlfLineEndsAsNewlines() throws IOException {
    Path file = write("crlf.sh", "cd /\r\nrm -rf *\r\n".getBytes(StandardCharsets.UTF_8));

    Cli.Result r = cli().in(dir).run("check", "-f", file.toString());

    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.out()).contains("DANGEROUS_DELETE_ROOT");
  }

  @Test
  void aNineMegabyteCommandIsAskedAboutWithTheSizeAsTheReason() throws IOException {
    Path file = write("big.sh", ("rm -rf /; " + "echo a; ".repeat(9 << 17)).getBytes());

    Cli.Result r = cli().in(dir).run("check", "-f", file.toString());

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("over the 1048576 analysed");
  }

  @Test
  void aFiftyMegabyteHookPayloadIsBlockedUnreadPastTheLimit() {
    AtomicLong read = new AtomicLong();
    Cli.Result r = cli().stdin(() -> new Endless(50L << 20, read)).run("hook", "claude-code");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("larger than the limit of 1 MiB").contains("blocked");
    assertThat(read.get()).isLessThanOrEqualTo((1 << 20) + 1);
  }

  @Test
  void aHookPayloadThatIsNotUtf8IsBlocked() {
    byte[] payload =
        "{\"tool_name\":\"Bash\",\"cwd\":\"/tmp\",\"tool_input\":{\"command\":\"rm \u0000\"}}"
            .replace("\u0000", "\u00ff")
            .getBytes(StandardCharsets.ISO_8859_1);

    Cli.Result r = cli().stdin(payload).run("hook", "claude-code");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("blocked");
  }

  @Test
  void aHookCommandWithAnEscapedNulIsJudgedNotAllowed() {
    String payload =
        "{\"tool_name\":\"Bash\",\"cwd\":\"/tmp\",\"tool_input\":{\"command\":\"rm -rf /\\u0000\"}}";

    Cli.Result r = cli().stdin(payload.getBytes(StandardCharsets.UTF_8)).run("hook", "claude-code");

    assertThat(r.out() + r.err()).doesNotContain("\"allow\"");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** {@code size} bytes of a JSON-looking payload, made as they are read; counts what was read. */
  private static final class Endless extends InputStream {
    private static final byte[] HEAD =
        "{\"tool_name\":\"Bash\",\"cwd\":\"/tmp\",\"tool_input\":{\"command\":\""
            .getBytes(StandardCharsets.UTF_8);
    private final long size;
    private final AtomicLong read;

    Endless(long size, AtomicLong read) {
      this.size = size;
      this.read = read;
    }

    @Override
    public int read() {
      long at = read.get();
      if (at >= size) {
        return -1;
      }
      read.incrementAndGet();
      return at < HEAD.length ? HEAD[(int) at] : 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }
}

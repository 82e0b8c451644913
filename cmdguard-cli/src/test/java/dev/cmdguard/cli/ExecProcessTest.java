package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cmdguard exec} as a process of its own ({@link Main#main} in a new JVM), the way an agent
 * runs it: the child inherits its standard streams, its exit status becomes cmdguard's, and SIGINT
 * or SIGTERM sent to cmdguard reach the command, which can still clean up. The command says it is
 * ready on its (inherited) standard output before the signal is sent, so nothing here waits on a
 * clock.
 */
class ExecProcessTest {
  /** Traps both signals, reports the first, and exits 7; prints "ready" once the trap is set. */
  private static final String TRAPPING =
      "trap 'echo got-int; exit 7' INT; trap 'echo got-term; exit 7' TERM;"
          + " echo ready; while true; do sleep 1; done";

  @TempDir(factory = OutsideTmp.class)
  Path dir;

  private Path workspace;
  private final List<Process> started = new ArrayList<>();

  @BeforeAll
  static void bubblewrap() {
    Sandboxed.requireBubblewrap();
  }

  @BeforeEach
  void tree() throws IOException {
    workspace = Files.createDirectories(dir.resolve("project"));
  }

  @AfterEach
  void stopWhatIsLeft() {
    started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
    started.forEach(Process::destroyForcibly);
  }

  private Process cmdguard(String... args) throws IOException {
    List<String> argv = new ArrayList<>();
    argv.add(ProcessHandle.current().info().command().orElseThrow());
    argv.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xss8m", "-cp"));
    argv.add(System.getProperty("java.class.path"));
    argv.add(Main.class.getName());
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).directory(workspace.toFile());
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("CMDGUARD_STATE_DIR", dir.resolve("state").toString());
    pb.environment().put("CMDGUARD_SYSTEM_POLICY", "/nonexistent/cmdguard/policy.yaml");
    pb.environment().put("CMDGUARD_USER_POLICY", "/nonexistent/cmdguard/user-policy.yaml");
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  private static BufferedReader out(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static int exit(Process p) throws InterruptedException {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("cmdguard ended").isTrue();
    return p.exitValue();
  }

  /**
   * Sends a signal with the shell's {@code kill}: {@link Process#destroy()} would also close the
   * pipes read here.
   */
  private static void signal(Process p, String name) throws IOException, InterruptedException {
    new ProcessBuilder(
            "/bin/sh", "-c", "kill -s \"$1\" \"$2\"", "kill", name, Long.toString(p.pid()))
        .start()
        .waitFor();
  }

  @Test
  void theExitStatusAndInheritedOutputPassThrough() throws Exception {
    Process p = cmdguard("exec", "--sandbox", "never", "-c", "echo out; exit 5");

    assertThat(out(p).readLine()).isEqualTo("out");
    assertThat(exit(p)).isEqualTo(5);
  }

  @Test
  void sigtermReachesACommandOnTheHost() throws Exception {
    Process p = cmdguard("exec", "--sandbox", "never", "-c", TRAPPING);
    BufferedReader out = out(p);
    assertThat(out.readLine()).isEqualTo("ready");

    signal(p, "TERM");

    assertThat(out.readLine()).isEqualTo("got-term");
    assertThat(exit(p)).isEqualTo(7);
  }

  @Test
  void sigintAndSigtermReachACommandInTheSandbox() throws Exception {
    Process first = cmdguard("exec", "--sandbox", "always", "-c", TRAPPING);
    Process second = cmdguard("exec", "--sandbox", "always", "-c", TRAPPING);
    BufferedReader out1 = out(first);
    BufferedReader out2 = out(second);
    assertThat(out1.readLine()).isEqualTo("ready");
    assertThat(out2.readLine()).isEqualTo("ready");

    signal(first, "INT");
    signal(second, "TERM");

    assertThat(out1.readLine()).isEqualTo("got-int");
    assertThat(out2.readLine()).isEqualTo("got-term");
    assertThat(exit(first)).isEqualTo(7);
    assertThat(exit(second)).isEqualTo(7);
  }

  @Test
  void aCommandThatDoesNotHandleTheSignalDiesOfItAndCmdguardSaysSo() throws Exception {
    Process p = cmdguard("exec", "--sandbox", "always", "-c", "echo ready; exec sleep 1000");
    assertThat(out(p).readLine()).isEqualTo("ready");

    signal(p, "TERM");

    assertThat(exit(p)).isEqualTo(143);
  }
}

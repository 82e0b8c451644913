package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.cli.hook.HookAdapter;
import dev.cmdguard.cli.hook.HookAdapters;
import dev.cmdguard.cli.hook.HookInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache's training run: its payloads are what each agent sends, so the calls it makes
 * are the real hook path, and the run itself, in a new JVM, judges and audits every command without
 * loading picocli or linking a record's generated methods.
 */
class AotTrainingTest {
  @TempDir Path dir;

  @Test
  void everyAgentReadsItsTrainingPayloadAsTheCommand() {
    for (String name : HookAdapters.names()) {
      HookAdapter adapter = HookAdapters.byName(name).orElseThrow();
      for (String command : AotTraining.COMMANDS) {
        HookInput input = adapter.parse(AotTraining.payload(name, command, "/home/dev/project"));

        assertThat(input).as("%s: %s", name, command).isInstanceOf(HookInput.Shell.class);
        HookInput.Shell shell = (HookInput.Shell) input;
        assertThat(shell.script()).as("%s: %s", name, command).contains(command);
        assertThat(shell.cwd()).isEqualTo("/home/dev/project");
      }
    }
  }

  /**
   * The whole training in a new JVM, as the launcher runs it: every call is judged and audited, and
   * the guards of {@link EntryProcessTest} hold over all of its commands: no picocli class, no
   * record's generated equals, hashCode or toString, no pattern-matching switch and no serializable
   * lambda linked (none of them is kept by the AOT cache).
   */
  @Test
  void theTrainingRunJudgesAndAuditsEveryCommand() throws Exception {
    List<String> argv = new ArrayList<>();
    argv.add(ProcessHandle.current().info().command().orElseThrow());
    argv.addAll(
        List.of(
            "-verbose:class",
            "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
            "--enable-native-access=ALL-UNNAMED",
            "-Xss8m",
            "-cp",
            System.getProperty("java.class.path"),
            AotTraining.class.getName(),
            dir.toString()));
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("CMDGUARD_STATE_DIR", dir.resolve("state").toString());
    pb.environment().put("CMDGUARD_SYSTEM_POLICY", "/nonexistent/cmdguard/policy.yaml");
    pb.environment().put("CMDGUARD_USER_POLICY", "/nonexistent/cmdguard/user-policy.yaml");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the training ended").isTrue();

    assertThat(p.exitValue()).as(out).isZero();
    List<String> records = Files.readAllLines(dir.resolve("state").resolve("audit.jsonl"));
    assertThat(records).hasSize(AotTraining.COMMANDS.size());
    assertThat(records).allMatch(r -> r.contains("\"session\":\"aot-training\""));
    assertThat(records).anyMatch(r -> r.contains("\"decision\":{\"decision\":\"deny\""));
    assertThat(records).anyMatch(r -> r.contains("\"decision\":{\"decision\":\"allow\""));
    assertThat(out.lines().filter(l -> l.contains(" picocli.")).toList()).isEmpty();
    assertThat(out.lines().filter(l -> l.contains("ObjectMethods.bootstrap(")).toList()).isEmpty();
    assertThat(out.lines().filter(l -> l.contains("SwitchBootstraps.")).toList())
        .as("pattern-matching switches linked (see StartupBytecodeTest)")
        .isEmpty();
    assertThat(out.lines().filter(l -> l.contains("LambdaMetafactory.altMetafactory(")).toList())
        .as("serializable lambdas (Comparator.comparing*) linked: write a plain lambda")
        .isEmpty();
  }
}

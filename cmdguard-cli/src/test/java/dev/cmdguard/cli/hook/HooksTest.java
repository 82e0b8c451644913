package dev.cmdguard.cli.hook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Verdict;
import dev.cmdguard.audit.AuditSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Hooks#handle} beyond the recorded answers: what is audited (with the agent's name and
 * session) and where, and that nothing going wrong inside turns into an allow.
 */
class HooksTest {
  private static final CommandGuard GUARD = CommandGuard.builder().build();
  private static final HookAdapter CLAUDE = HookAdapters.byName("claude-code").orElseThrow();

  private record Audited(EvaluationRequest request, Decision decision) {}

  private static byte[] claude(String command) {
    return ("{\"session_id\":\"s-7\",\"cwd\":\"/home/dev/project\",\"hook_event_name\":\"PreToolUse\","
            + "\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\""
            + command
            + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static HookOutput handle(byte[] payload, AuditSink refusals) {
    return Hooks.handle(CLAUDE, payload, GUARD, new HookContext("/home/dev", "dev", refusals));
  }

  @Test
  void theGuardAuditsEveryJudgedCommandWithTheAgentAndSession() {
    List<Audited> audited = new ArrayList<>();
    List<Audited> refused = new ArrayList<>();
    CommandGuard guard =
        CommandGuard.builder().audit((r, d) -> audited.add(new Audited(r, d))).build();
    HookContext context =
        new HookContext("/home/dev", "dev", (r, d) -> refused.add(new Audited(r, d)));
    Hooks.handle(CLAUDE, claude("rm -rf /"), guard, context);
    Hooks.handle(CLAUDE, claude("ls"), guard, context);
    assertThat(refused).isEmpty();
    assertThat(audited).hasSize(2);
    assertThat(audited)
        .allSatisfy(
            a -> {
              assertThat(a.request().agent()).isEqualTo("claude-code");
              assertThat(a.request().session()).isEqualTo("s-7");
              assertThat(a.request().cwd()).isEqualTo("/home/dev/project");
              assertThat(a.request().home()).isEqualTo("/home/dev");
            });
    assertThat(audited.get(0).decision().decision()).isEqualTo(Verdict.DENY);
    assertThat(audited.get(0).request().script()).contains("rm -rf /");
    assertThat(audited.get(1).decision().decision()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void unusableInputIsRecordedAsADenyInTheRefusalSink() {
    List<Audited> audited = new ArrayList<>();
    byte[] noCwd =
        "{\"session_id\":\"s-8\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}"
            .getBytes(StandardCharsets.UTF_8);
    HookOutput out = handle(noCwd, (r, d) -> audited.add(new Audited(r, d)));
    assertThat(out.exitCode()).isEqualTo(HookOutput.BLOCK);
    assertThat(audited)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.request().session()).isEqualTo("s-8");
              assertThat(a.request().agent()).isEqualTo("claude-code");
              assertThat(a.decision().decision()).isEqualTo(Verdict.DENY);
              assertThat(a.decision().primaryReason()).contains("cwd is missing");
            });
  }

  @Test
  void callsThatAreNotShellCommandsAreNeitherJudgedNorAudited() {
    List<Audited> audited = new ArrayList<>();
    byte[] read =
        "{\"cwd\":\"/home/dev/project\",\"tool_name\":\"Read\",\"tool_input\":{\"file_path\":\"/etc/passwd\"}}"
            .getBytes(StandardCharsets.UTF_8);
    CommandGuard guard =
        CommandGuard.builder().audit((r, d) -> audited.add(new Audited(r, d))).build();
    HookOutput out =
        Hooks.handle(
            CLAUDE,
            read,
            guard,
            new HookContext("/home/dev", "dev", (r, d) -> audited.add(new Audited(r, d))));
    assertThat(out).isEqualTo(new HookOutput("", "", 0));
    assertThat(audited).isEmpty();
  }

  @Test
  void aRefusalThatCannotBeRecordedIsStillARefusal() {
    HookOutput out =
        handle(
            "{".getBytes(StandardCharsets.UTF_8),
            (r, d) -> {
              throw new IOException("disk full");
            });
    assertThat(out.exitCode()).isEqualTo(HookOutput.BLOCK);
    assertThat(out.stdout()).contains("\"permissionDecision\":\"deny\"");
  }

  @Test
  void anExceptionInsideIsARefusalNotAnAllow() {
    HookAdapter broken =
        new HookAdapter() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public HookInput parse(byte[] payload) {
            throw new IllegalStateException("bug");
          }

          @Override
          public HookOutput answer(Decision decision, HookInput.Shell input) {
            throw new AssertionError("not judged");
          }

          @Override
          public HookOutput refuse(String reason) {
            return new HookOutput("refused", reason, HookOutput.BLOCK);
          }
        };
    HookOutput out =
        Hooks.handle(
            broken, claude("ls"), GUARD, new HookContext("/home/dev", "dev", AuditSink.NONE));
    assertThat(out)
        .isEqualTo(
            new HookOutput(
                "refused",
                "cmdguard: internal error (IllegalStateException: bug); the command was not"
                    + " judged, so it is blocked",
                HookOutput.BLOCK));
  }

  @Test
  void aPayloadOneByteOverTheLimitIsRefusedUnread() {
    byte[] payload = new byte[Hooks.MAX_PAYLOAD_BYTES + 1];
    HookOutput out = handle(payload, AuditSink.NONE);
    assertThat(out.exitCode()).isEqualTo(HookOutput.BLOCK);
    assertThat(out.stderr()).contains("larger than the limit of 1 MiB (1048576 bytes)");
  }

  @Test
  void hiddenCharactersOfACommandNeverReachTheReason() {
    HookOutput out =
        handle(claude("git push --force origin \\u001b[2Jmain\\u202e"), AuditSink.NONE);
    assertThat(out.stdout()).doesNotContain("\u001b").doesNotContain("\u202e");
    assertThat(out.stdout()).doesNotContain("\\u001b").doesNotContain("\\u202e");
  }
}

package dev.cmdguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Invocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The human output of {@code check}, on hand-built decisions. */
class CheckTextTest {
  private static String render(Decision d, String source, Style style) {
    StringWriter out = new StringWriter();
    new CheckText(new PrintWriter(out), style)
        .write(d, source, CheckCommand.exitStatus(d.decision()));
    return out.toString();
  }

  private static Decision deny(List<Finding> findings, List<Invocation> invocations) {
    return new Decision(
        Verdict.DENY,
        Risk.CRITICAL,
        Profile.MEDIUM,
        findings,
        invocations,
        findings.get(0).message(),
        findings.stream().skip(1).map(Finding::message).toList(),
        List.of("built-in rules"),
        Sandbox.NONE,
        false,
        12);
  }

  @Test
  void aWrappedFindingIsUnderlinedAndNamesItsChain() {
    List<Invocation> invocations = Results.sudoBashRm().result().invocations();
    Finding root =
        new Finding(
            FindingCode.DANGEROUS_DELETE_ROOT,
            Risk.CRITICAL,
            "rm -rf / deletes every file on the machine",
            new Span(14, 22),
            List.of("rm", "-rf", "/"),
            2,
            Optional.of("rm -rf ./build"));
    assertThat(render(deny(List.of(root), invocations), "sudo bash -c \"rm -rf /\"", Style.PLAIN))
        .isEqualTo(
            """
            DENY  critical risk (profile medium)
                  rm -rf / deletes every file on the machine

            DANGEROUS_DELETE_ROOT (critical): rm -rf / deletes every file on the machine
               sudo bash -c "rm -rf /"
                             ^^^^^^^^
               in #3 sudo → bash -c → rm
               safer: rm -rf ./build

            1 finding (1 critical) in 3 invocations; profile medium; exit status 4 (deny)
            """);
  }

  @Test
  void aMultiLineScriptShowsLineAndColumn() {
    Finding push =
        new Finding(
            FindingCode.GIT_FORCE_PUSH,
            Risk.HIGH,
            "git push -f overwrites main",
            new Span(8, 19),
            List.of("git", "push", "-f"),
            -1,
            Optional.empty());
    Finding parse =
        new Finding(
            FindingCode.PARSE_ERROR,
            Risk.MEDIUM,
            "no span, no excerpt",
            Span.NONE,
            List.of(),
            -1,
            Optional.empty());
    String text =
        render(deny(List.of(push, parse), List.of()), "echo a\n\ngit push -f\n", Style.PLAIN);
    assertThat(text)
        .contains(
            """
            GIT_FORCE_PUSH (high): git push -f overwrites main
               3:1  git push -f
                    ^^^^^^^^^^^

            PARSE_ERROR (medium): no span, no excerpt

            2 findings (1 high, 1 medium), nothing would run; profile medium; exit status 4 (deny)
            """);
  }

  @Test
  void anAllowWithoutFindings() {
    Decision allow =
        new Decision(
            Verdict.ALLOW,
            Risk.LOW,
            Profile.MEDIUM,
            List.of(),
            Results.sudoBashRm().result().invocations().subList(0, 1),
            "read-only command",
            List.of(),
            List.of(),
            Sandbox.NONE,
            false,
            0);
    assertThat(render(allow, "ls", Style.PLAIN))
        .isEqualTo(
            """
            ALLOW  low risk (profile medium)
                   read-only command

            no findings in 1 invocation; profile medium; exit status 0 (allow)
            """);
  }

  @Test
  void coloursFollowTheVerdict() {
    Finding f =
        new Finding(
            FindingCode.DISK_WIPE,
            Risk.CRITICAL,
            "m",
            new Span(0, 2),
            List.of(),
            -1,
            Optional.empty());
    String text = render(deny(List.of(f), List.of()), "dd", Style.ANSI);
    assertThat(text).startsWith("\u001b[1m\u001b[31mDENY").contains("\u001b[31m^^\u001b[0m");
  }
}

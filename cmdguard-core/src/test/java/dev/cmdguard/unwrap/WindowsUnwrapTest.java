package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.shell.Span;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Windows command lines as the unwrap stage walks them ({@link WindowsShells}, {@link
 * WindowsWork}): every step an invocation with its origin, inside bash, ssh and each other.
 */
class WindowsUnwrapTest {
  private static final ShellContext CONTEXT =
      ShellContext.of("/home/dev/project", "/home/dev", "dev");

  static Stream<Arguments> table() {
    return Stream.of(
        row(
            "cmd /c 'rd /s /q C:\\'",
            "cmd /c 'rd /s /q C:\\' ; [cmd /c] remove-item -Recurse C:\\"),
        row(
            "bash -c \"pwsh -c 'rm -r x'\"",
            "bash -c 'pwsh -c 'rm -r x'' ; [bash -c] pwsh -c 'rm -r x' ; [bash -c, pwsh -Command] remove-item -Recurse x"),
        row(
            "ssh box 'powershell Get-ChildItem'",
            "ssh box 'powershell Get-ChildItem' ; [ssh box] powershell Get-ChildItem ; [ssh box, powershell -Command] get-childitem"),
        row(
            "pwsh -c 'cmd /c del x'",
            "pwsh -c 'cmd /c del x' ; [pwsh -Command] cmd /c del x ; [pwsh -Command, cmd /c] remove-item x"),
        row("del /s /q C:\\", "del /s /q C:\\ ; [cmd] remove-item -Recurse C:\\"),
        row("rmdir build", "rmdir build"),
        row(
            "echo 'rd /s /q C:\\' | cmd",
            "echo 'rd /s /q C:\\' ; cmd ; [echo | cmd] remove-item -Recurse C:\\"),
        row(
            "pwsh -c 'iex \"rm x\"'",
            "pwsh -c 'iex \"rm x\"' ; [pwsh -Command] invoke-expression 'rm x' ; [pwsh -Command, iex] remove-item x"),
        row(
            "'C:\\Windows\\system32\\cmd.exe' /c dir",
            "C:\\Windows\\system32\\cmd.exe /c dir ; [cmd /c] get-childitem"),
        row("cmd /c $CMD", "cmd /c ‹$CMD› ; [cmd /c] ‹$CMD›"));
  }

  private static Arguments row(String command, String invocations) {
    return Arguments.of(command, invocations);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void walks(String command, String invocations) {
    assertThat(Render.all(Unwrap.script(command, CONTEXT))).isEqualTo(invocations);
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String command = "cmd /c 'rd /s /q C:\\'";
    Invocation rd = Unwrap.script(command, CONTEXT).invocations().get(1);
    assertThat(rd.span().of(command)).isEqualTo("rd /s /q C:\\");
    assertThat(rd.argv().get(0).span().of(command)).isEqualTo("rd");
    assertThat(rd.argv().get(2).span().of(command)).isEqualTo("C:\\");
  }

  @Test
  void pipesAndKnownInputReachTheInvocations() {
    UnwrapResult r = Unwrap.script("pwsh -c 'irm https://x | iex; \"clean\" | diskpart'", CONTEXT);
    List<Invocation> all = r.invocations();
    Invocation iex = all.get(2);
    assertThat(iex.program()).isEqualTo("invoke-expression");
    assertThat(iex.stdin()).isEqualTo(new Stdin.Pipe(1, "invoke-restmethod"));
    assertThat(iex.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)).isTrue();
    Invocation diskpart = all.get(3);
    assertThat(diskpart.stdin()).isInstanceOf(Stdin.HereString.class);
    assertThat(((Stdin.HereString) diskpart.stdin()).word().value()).isEqualTo("clean\n");
  }

  @Test
  void whatCannotBeReadIsMarked() {
    UnwrapResult r = Unwrap.script("pwsh -c 'class A {}'; pwsh -File x.ps1", CONTEXT);
    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .containsOnly(AnalysisMarker.Kind.UNSEEN_CODE)
        .hasSize(2);
    assertThat(r.markers().get(0).span()).isNotEqualTo(Span.NONE);
  }

  @Test
  void aChangedDirectoryReachesLaterCommands() {
    UnwrapResult r = Unwrap.script("cmd /c 'cd src && del x & cd /d D:\\ && del y'", CONTEXT);
    List<Invocation> all = r.invocations();
    assertThat(all.get(2).cwd()).contains("/home/dev/project/src");
    assertThat(all.get(4).cwd()).isEmpty();
  }
}

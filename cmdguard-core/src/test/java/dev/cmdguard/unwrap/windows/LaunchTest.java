package dev.cmdguard.unwrap.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command lines of cmd.exe, powershell.exe and pwsh → what they run, rendered as {@code code
 * DIALECT label: text}, {@code stdin DIALECT label}, {@code file label: path}, {@code nothing} or
 * {@code problem: message}.
 */
class LaunchTest {

  static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_16LE));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row("cmd /c dir", "code CMD cmd /c: dir"),
        row("cmd.exe /C rd /s /q C:\\", "code CMD cmd /c: rd /s /q C:\\"),
        row("CMD /s /d /c|del x", "code CMD cmd /c: del x"),
        row("cmd /k echo hi", "code CMD cmd /k: echo hi"),
        row("cmd /cdir", "code CMD cmd /c: dir"),
        row("cmd /c|my file.txt", "code CMD cmd /c: my file.txt"),
        row("cmd /c|type|my file.txt", "code CMD cmd /c: type \"my file.txt\""),
        row("cmd", "stdin CMD cmd"),
        row("cmd /?", "nothing"),
        row("cmd foo", "problem: cmd foo is not a cmd.exe switch"),
        row(
            "powershell -Command|Get-ChildItem",
            "code WINDOWS_POWERSHELL powershell -Command: Get-ChildItem"),
        row(
            "powershell -c|Remove-Item|x",
            "code WINDOWS_POWERSHELL powershell -Command: Remove-Item x"),
        row(
            "powershell Get-Content x",
            "code WINDOWS_POWERSHELL powershell -Command: Get-Content x"),
        row("pwsh Get-Content", "file pwsh -File: Get-Content"),
        row(
            "pwsh -NoLogo -NoP -NonI -ep Bypass -W Hidden -c|ls",
            "code POWERSHELL pwsh -Command: ls"),
        row("pwsh /c ls", "code POWERSHELL pwsh -Command: ls"),
        row("pwsh --command ls", "code POWERSHELL pwsh -Command: ls"),
        row("pwsh -COMMAND ls", "code POWERSHELL pwsh -Command: ls"),
        row("pwsh -Command -", "stdin POWERSHELL pwsh -Command -"),
        row("pwsh", "stdin POWERSHELL pwsh"),
        row("pwsh -File x.ps1 -a 1", "file pwsh -File: x.ps1"),
        row("pwsh -f -", "stdin POWERSHELL pwsh -File -"),
        row(
            "powershell -e " + b64("dir"),
            "code WINDOWS_POWERSHELL powershell -EncodedCommand: dir (encoded)"),
        row(
            "powershell -ec " + b64("dir"),
            "code WINDOWS_POWERSHELL powershell -EncodedCommand: dir (encoded)"),
        row(
            "powershell -enc " + b64("dir"),
            "code WINDOWS_POWERSHELL powershell -EncodedCommand: dir (encoded)"),
        row(
            "pwsh -EncodedCommand " + b64("ls; pwd"),
            "code POWERSHELL pwsh -EncodedCommand: ls; pwd (encoded)"),
        row(
            "pwsh -enc !!",
            "problem: pwsh -EncodedCommand holds !!, which is not base64 of UTF-16LE text"),
        row("pwsh -Version", "nothing"),
        row("pwsh -Bogus x", "problem: pwsh -Bogus is not a parameter cmdguard knows"),
        row(
            "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\PowerShell.EXE -c dir",
            "code WINDOWS_POWERSHELL powershell -Command: dir"),
        row("git status", "none"));
  }

  /** {@code |} separates arguments that hold blanks; otherwise blanks do. */
  private static Arguments row(String line, String expected) {
    return Arguments.of(line, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void reads(String line, String expected) {
    List<String> words =
        line.contains("|") ? Arrays.asList(line.split("\\|")) : Arrays.asList(line.split(" "));
    if (line.contains("|")) {
      List<String> first = Arrays.asList(words.get(0).split(" "));
      words = Stream.concat(first.stream(), words.stream().skip(1)).toList();
    }
    List<Arg> args = words.stream().skip(1).map(w -> Arg.of(w, Span.NONE)).toList();
    String got =
        Launch.of(words.get(0), args)
            .map(
                l ->
                    switch (l) {
                      case Launch.Code c ->
                          "code "
                              + c.dialect()
                              + " "
                              + c.label()
                              + ": "
                              + c.text().value()
                              + (c.encoded() ? " (encoded)" : "");
                      case Launch.Stdin s -> "stdin " + s.dialect() + " " + s.label();
                      case Launch.ScriptFile f -> "file " + f.label() + ": " + f.file().value();
                      case Launch.Nothing n -> "nothing";
                      case Launch.Problem p -> "problem: " + p.message();
                    })
            .orElse("none");
    assertThat(got).isEqualTo(expected);
  }
}

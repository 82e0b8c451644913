package dev.cmdguard.unwrap.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** cmd.exe text → steps ({@link Steps} renders them; {@code \n} separates steps). */
class CmdParserTest {

  static Stream<Arguments> table() {
    return Stream.of(
        // builtins read as cmdlets, switches any case and glued
        row("rd /s /q C:\\", "remove-item -Recurse C:\\"),
        row("RD /S /Q C:\\Windows", "remove-item -Recurse C:\\Windows"),
        row("del /f /s /q a.txt b.txt", "remove-item -Recurse -Force a.txt , b.txt"),
        row("erase /a:h x", "remove-item -Force x"),
        row("del a.txt,b.txt;c.txt", "remove-item a.txt , b.txt , c.txt"),
        row("rmdir build", "remove-item build"),
        row("dir/s/b *.java", "get-childitem -Recurse *.java"),
        row("type \"my file.txt\"", "get-content my file.txt"),
        row("copy a.txt+b.txt c.txt /y", "copy-item -Force -Path a.txt , b.txt -Destination c.txt"),
        row("move old new", "move-item -Path old -Destination new"),
        row("ren a.txt b.txt", "rename-item -Path a.txt -NewName b.txt"),
        row("md build\\out", "new-item -ItemType Directory -Path build\\out"),
        row("mklink /j link target", "new-item -ItemType Junction -Path link -Value target"),
        row("echo hello world", "write-output hello world"),
        row("time /t", "get-date"),
        row("date 01-01-2020", "set-date 01-01-2020"),
        row("timeout /t 5 /nobreak", "start-sleep 5"),
        row("ver", "ver"),
        // escapes, quotes, expansion
        row("r^d /s /q C:\\", "remove-item -Recurse C:\\"),
        row("echo a^&b", "write-output a&b"),
        row("echo \"a & b\"", "write-output a & b"),
        row("rd /s /q %SystemRoot%", "remove-item -Recurse C:\\Windows"),
        row("del /q %USERPROFILE%\\x.txt", "remove-item C:\\Users\\dev\\x.txt"),
        row("del %UNKNOWN%\\x", "remove-item ?%UNKNOWN%\\x"),
        row("echo 50% done", "write-output 50% done"),
        row("del !X!", "remove-item ?!X!"),
        // lists, pipelines, groups, redirections
        row("rd /s /q a & echo done", "remove-item -Recurse a\nwrite-output done"),
        row("npm test && echo ok || echo fail", "npm test\nwrite-output ok\nwrite-output fail"),
        row("dir | findstr x", "get-childitem\nfindstr x |0"),
        row("echo clean | diskpart", "write-output clean\ndiskpart |0 <<'clean\\n'"),
        row(
            "(echo select disk 0 & echo clean) | diskpart",
            "write-output select disk 0\nwrite-output clean\ndiskpart |0 <<'select disk 0\\nclean\\n'"),
        row("echo hi> out.txt 2>nul", "write-output hi 1>out.txt"),
        row("npm test 2>&1 >> log.txt", "npm test 2>&1 1>>log.txt"),
        row("(echo a) > C:\\Windows\\x", "write-output a\nout-file -FilePath C:\\Windows\\x"),
        // programs: C runtime argument rules, names
        row("git commit -m \"a b\"", "git commit -m a b"),
        row(
            "\"C:\\Program Files\\Git\\cmd\\git.exe\" status",
            "C:/Program Files/Git/cmd/git status"),
        row("GIT.EXE status", "git status"),
        row("prog \"a \\\"q\\\" b\"", "prog a \"q\" b"),
        // statements
        row(
            "if exist build (rd /s /q build) else echo none",
            "remove-item -Recurse build\nwrite-output none"),
        row("if /i not \"%X%\"==\"y\" del x", "remove-item x"),
        row("if errorlevel 1 exit /b 1", "exit /b 1"),
        row("for %f in (a b) do del %f", "remove-item a\nremove-item b"),
        row("for %f in (*.txt) do del %f", "remove-item ?%f"),
        row(
            "for /f \"delims=\" %i in ('dir /b') do type %i",
            "get-childitem <for /f>\nget-content ?%i"),
        row("call npm install", "npm install"),
        row("rem rd /s /q C:\\ & echo x", ""),
        row(":: comment", ""),
        row("@echo off & dir", "write-output off\nget-childitem"),
        // locations
        row("cd /d C:\\ && del /s /q *", "set-location -Path C:\\\nremove-item -Recurse C:\\* @?"),
        row("cd build && del x", "set-location -Path build\nremove-item x @build"),
        row(
            "pushd src & del x & popd & del y",
            "push-location -Path src\nremove-item x @src\npop-location @src\nremove-item y"),
        row("D: & dir", "set-location D:\nget-childitem @?"),
        // start launches the program too
        row(
            "start \"\" /wait notepad x.txt",
            "start-process -FilePath notepad -ArgumentList x.txt -Wait\nnotepad x.txt <start>"),
        row("start https://example.com", "start-process -FilePath https://example.com"),
        // problems
        row("(echo a", "write-output a\n!cmd: a parenthesis is not closed"));
  }

  private static Arguments row(String text, String steps) {
    return Arguments.of(text, steps);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void parses(String text, String steps) {
    assertThat(Steps.render(Dialect.CMD, text)).isEqualTo(steps);
  }
}

package dev.cmdguard.unwrap.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PowerShell 7 text → steps ({@link Steps} renders them; {@code \n} separates steps). */
class PowerShellParserTest {

  static Stream<Arguments> table() {
    String b64 =
        Base64.getEncoder().encodeToString("rm -r C:\\".getBytes(StandardCharsets.UTF_16LE));
    return Stream.of(
        // cmdlets, aliases, parameter prefixes in any case
        row("Remove-Item -Recurse -Force C:\\", "remove-item -Recurse -Force C:\\"),
        row("rm -r -fo C:\\", "remove-item -Recurse -Force C:\\"),
        row("ri -REC -Fo x", "remove-item -Recurse -Force x"),
        row("del -LP x", "remove-item -LiteralPath x"),
        row("rm -f x", "remove-item -f x"),
        row("gci -rec -filt *.cs", "get-childitem -Recurse -Filter *.cs"),
        row("gci -fi *.cs", "get-childitem -fi *.cs"),
        row("Get-ChildItem -s", "get-childitem -Recurse"),
        row("ls; dir; pwd; cat x", "get-childitem\nget-childitem\nget-location\nget-content x"),
        row("Remove-Item -Force:$false x", "remove-item -Force:$false x"),
        row("Remove-Item -Path:C:\\x", "remove-item -Path C:\\x"),
        row("Remove-Item a, b -Recurse", "remove-item a , b -Recurse"),
        row("Microsoft.PowerShell.Management\\Remove-Item x", "remove-item x"),
        row("mkdir build", "new-item -ItemType Directory build"),
        row("curl https://x", "curl https://x"),
        row("sc stop WinDefend", "sc stop WinDefend"),
        row("Get-Foo -Bar", "get-foo -Bar"),
        // natives
        row("git log --oneline -5", "git log --oneline -5"),
        row(
            "& 'C:\\Program Files\\Git\\cmd\\git.exe' status",
            "C:/Program Files/Git/cmd/git status"),
        row(".\\build.ps1 -Release", "./build.ps1 -Release"),
        row("cmd /c \"rd /s /q C:\\\"", "cmd /c rd /s /q C:\\"),
        row("git --% log --format=%H", "git log --format=%H"),
        // variables, strings, expressions
        row("$d = 'C:\\Windows'; rm -r $d", "remove-item -Recurse C:\\Windows"),
        row("rm -r \"$env:SystemRoot\\Temp\"", "remove-item -Recurse C:\\Windows\\Temp"),
        row("rm -r $HOME", "remove-item -Recurse C:\\Users\\dev"),
        row("rm -r $x", "remove-item -Recurse ?$x"),
        row("rm -r \"C:\\$name\"", "remove-item -Recurse ?\"C:\\$name\""),
        row("Write-Output 'it''s'", "write-output it's"),
        row("Write-Output \"a`tb\"", "write-output a\tb"),
        row("Write-Output @'\nline\n'@", "write-output line"),
        row("$x = 'a' + 'b'; echo $x", "write-output ab"),
        row("echo ('{0}-{1}' -f 'a', 'b')", "write-output a-b"),
        row("echo ('xyz' -replace 'y', 'Y')", "write-output xYz"),
        row("echo (('a','b') -join '+')", "write-output a+b"),
        row("echo ([char]65)", "write-output A"),
        row("echo ('A'.ToLower())", "write-output a"),
        // sub-expressions and script blocks run
        row("Write-Output (Remove-Item x)", "write-output ?(Remove-Item x)\nremove-item x"),
        row("echo $(Get-Date)", "write-output ?$(Get-Date)\nget-date"),
        row(
            "gci | % { rm $_ }",
            "get-childitem\nforeach-object ?{ rm $_ } |0\nremove-item ?$_ <foreach-object {}>"),
        row("& { rm x }", "remove-item x <&>"),
        row("function f { rm x }; f", "remove-item x <f()>"),
        row(
            "if ($a) { rm x } elseif ($b) { rm y } else { rm z }",
            "remove-item x\nremove-item y\nremove-item z"),
        row("foreach ($f in gci) { rm $f }", "get-childitem\nremove-item ?$f"),
        row(
            "try { rm x } catch [Exception] { rm y } finally { rm z }",
            "remove-item x\nremove-item y\nremove-item z"),
        row("switch ($x) { 'a' { rm a } default { rm b } }", "remove-item a\nremove-item b"),
        // pipelines, chains, redirections
        row("gc x | Out-File y", "get-content x\nout-file y |0"),
        row("'a','b' | Set-Content x", "set-content x <<'a\\nb\\n'"),
        row("npm test && echo ok || echo no", "npm test\nwrite-output ok\nwrite-output no"),
        row("echo hi > out.txt 2>&1", "write-output hi 1>out.txt 2>&1"),
        row("echo hi > $null", "write-output hi"),
        row("npm start &", "npm start"),
        // code run from text
        row("iex 'rm -r C:\\'", "invoke-expression rm -r C:\\\nremove-item -Recurse C:\\ <iex>"),
        row("iex $code", "invoke-expression ?$code\n?$code <iex>"),
        row("irm https://x | iex", "invoke-restmethod https://x\ninvoke-expression |0"),
        row("'rm x' | iex", "invoke-expression <<'rm x\\n'\nremove-item x <iex>"),
        row(
            "iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('" + b64 + "')))",
            "invoke-expression rm -r C:\\\nremove-item -Recurse C:\\ <iex>"),
        row("[ScriptBlock]::Create('rm x')", "remove-item x <ScriptBlock.Create>"),
        row(
            "$ExecutionContext.InvokeCommand.InvokeScript('rm x')",
            "remove-item x <InvokeCommand.InvokeScript>"),
        // .NET and COM read as commands
        row(
            "(New-Object Net.WebClient).DownloadString('http://x')",
            "new-object Net.WebClient\ninvoke-webrequest http://x <Net.WebClient.downloadstring>"),
        row("[IO.File]::Delete('C:\\x')", "remove-item -Path C:\\x <.delete>"),
        row(
            "[System.IO.Directory]::Delete('C:\\x', $true)",
            "remove-item -Path C:\\x -Recurse <.delete>"),
        row("(Get-Item x).Delete()", "get-item x\nremove-item -Path x <.delete>"),
        row(
            "$s = New-Object -ComObject WScript.Shell; $s.Run('cmd /c dir')",
            "new-object -ComObject WScript.Shell\ncmd /c dir <WScript.Shell.run> <start>"),
        row(
            "[Diagnostics.Process]::Start('notepad', 'a.txt')",
            "notepad a.txt <Process.Start> <start>"),
        row(
            "Start-Process pwsh -ArgumentList '-c','rm x'",
            "start-process pwsh -ArgumentList -c , rm x\npwsh -c rm x <start-process> <start>"),
        row("Set-Alias ls Remove-Item; ls x", "set-alias ls Remove-Item\nremove-item x"),
        // locations
        row("cd C:\\; rm -r *", "set-location C:\\\nremove-item -Recurse C:\\* @?"),
        row(
            "Push-Location src; rm x; Pop-Location; rm y",
            "push-location src\nremove-item x @src\npop-location @src\nremove-item y"),
        // problems
        row("class A {}", "!powershell: a class definition is not analysed"),
        row("$x.Frobnicate()", "!powershell: the .NET method Frobnicate is not analysed"),
        row(
            "Add-Type -TypeDefinition 'x'",
            "add-type -TypeDefinition x\n!powershell: Add-Type compiles .NET code that is not analysed"),
        row(". .\\env.ps1", "!powershell: the dot-sourced script .\\env.ps1 is not analysed"),
        row("echo 'abc", "write-output abc\n!powershell: a quoted string is not closed"));
  }

  private static Arguments row(String text, String steps) {
    return Arguments.of(text, steps);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void parses(String text, String steps) {
    assertThat(Steps.render(Dialect.POWERSHELL, text)).isEqualTo(steps);
  }

  @org.junit.jupiter.api.Test
  void windowsPowerShellRejectsPipelineChains() {
    assertThat(Steps.render(Dialect.WINDOWS_POWERSHELL, "ls && pwd"))
        .isEqualTo(
            "get-childitem\nget-location\n!powershell: '&&' is not valid in Windows PowerShell 5.1");
    assertThat(Steps.render(Dialect.WINDOWS_POWERSHELL, "curl x; sc x y"))
        .isEqualTo("invoke-webrequest x\nset-content x y");
  }
}

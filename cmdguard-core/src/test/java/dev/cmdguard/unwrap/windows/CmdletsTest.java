package dev.cmdguard.unwrap.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alias resolution, parameter prefixes and argument binding of {@link Cmdlets}. */
class CmdletsTest {

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource({
    "rm, POWERSHELL, remove-item",
    "RI, POWERSHELL, remove-item",
    "del, POWERSHELL, remove-item",
    "erase, POWERSHELL, remove-item",
    "rd, POWERSHELL, remove-item",
    "rmdir, POWERSHELL, remove-item",
    "iwr, POWERSHELL, invoke-webrequest",
    "irm, POWERSHELL, invoke-restmethod",
    "iex, POWERSHELL, invoke-expression",
    "saps, POWERSHELL, start-process",
    "gc, POWERSHELL, get-content",
    "cat, POWERSHELL, get-content",
    "ls, POWERSHELL, get-childitem",
    "dir, POWERSHELL, get-childitem",
    "%, POWERSHELL, foreach-object",
    "?, POWERSHELL, where-object",
    "curl, WINDOWS_POWERSHELL, invoke-webrequest",
    "curl, POWERSHELL, ''",
    "sc, WINDOWS_POWERSHELL, set-content",
    "sc, POWERSHELL, ''",
    "Remove-Item, POWERSHELL, remove-item",
    "Microsoft.PowerShell.Management\\Remove-Item, POWERSHELL, remove-item",
    "git, POWERSHELL, ''"
  })
  void resolvesNames(String name, Dialect dialect, String cmdlet) {
    assertThat(Cmdlets.resolve(name, dialect).orElse("")).isEqualTo(cmdlet);
  }

  @ParameterizedTest(name = "{0} -{1} -> {2}")
  @CsvSource({
    "remove-item, rec, Recurse",
    "remove-item, FO, Force",
    "remove-item, f, ''",
    "remove-item, lp, LiteralPath",
    "remove-item, PSPath, LiteralPath",
    "remove-item, r, Recurse",
    "remove-item, ea, ErrorAction",
    "get-childitem, s, Recurse",
    "get-childitem, fi, ''",
    "get-childitem, filt, Filter",
    "set-mppreference, DisableRe, ''",
    "set-mppreference, DisableRea, DisableRealtimeMonitoring",
    "set-mppreference, Disable, ''",
    "invoke-webrequest, useb, UseBasicParsing",
    "not-a-cmdlet, x, ''"
  })
  void resolvesParameterPrefixes(String cmdlet, String written, String full) {
    assertThat(Cmdlets.parameter(cmdlet, written).orElse("")).isEqualTo(full);
  }

  private static List<Arg> args(String... values) {
    return Arrays.stream(values).map(v -> Arg.of(v, Span.NONE)).toList();
  }

  @Test
  void bindsPositionalArgumentsToOpenPositions() {
    Cmdlets.Binding b = Cmdlets.bind("copy-item", args("a", "b", "-Recurse"));
    assertThat(b.values("Path")).extracting(Arg::value).containsExactly("a");
    assertThat(b.values("Destination")).extracting(Arg::value).containsExactly("b");
    assertThat(b.has("Recurse")).isTrue();
    assertThat(b.positional()).isEmpty();
  }

  @Test
  void bindsArraysAndTheRestOfAPositionalArray() {
    Cmdlets.Binding b = Cmdlets.bind("remove-item", args("a", ",", "b", "c"));
    assertThat(b.values("Path")).extracting(Arg::value).containsExactly("a", "b", "c");
    Cmdlets.Binding s = Cmdlets.bind("start-process", args("pwsh", "-c", "x"));
    assertThat(s.values("FilePath")).extracting(Arg::value).containsExactly("pwsh");
    assertThat(s.unresolved()).containsExactly("c");
  }

  @Test
  void aSwitchSetToFalseIsNotGiven() {
    assertThat(Cmdlets.bind("remove-item", args("-Force:$false", "x")).has("Force")).isFalse();
    assertThat(Cmdlets.bind("remove-item", args("-Force", "x")).has("Force")).isTrue();
    assertThat(Cmdlets.bind("remove-item", args("-Path", "x")).value("Path"))
        .map(Arg::value)
        .isEqualTo(Optional.of("x"));
  }

  @Test
  void unknownCmdletsKeepEveryArgument() {
    Cmdlets.Binding b = Cmdlets.bind("get-foo", args("-Bar", "x"));
    assertThat(b.unresolved()).containsExactly("Bar");
    assertThat(b.positional()).extracting(Arg::value).containsExactly("x");
  }
}

package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What some cmdlets do beyond being a step: {@code Invoke-Expression} runs its text (analysed when
 * static, a dynamic command otherwise, the pipeline's text when it reads the pipeline); {@code
 * Start-Process}, {@code Invoke-WmiMethod … Win32_Process … Create} start a program (a step of its
 * own); {@code Invoke-Command -ComputerName} runs its script block remotely; {@code Set-Alias}
 * changes what a name means; {@code Set-Location}, {@code Push-Location}, {@code Pop-Location}
 * move; {@code Add-Type} compiles code that is not analysed. Also the output of a command, where
 * later code needs it: {@code Write-Output 'x'} is {@code x}, {@code New-Object -ComObject X} an
 * object of type X, {@code Get-Item p} the item {@code p}.
 */
final class PsRunners {
  private static final Set<String> REMOTE =
      Set.of(
          "ComputerName", "Session", "HostName", "VMName", "VMId", "ContainerId", "ConnectionUri");

  private PsRunners() {}

  static PsValue after(
      PsParser p,
      int index,
      int mark,
      String program,
      List<Arg> argv,
      Optional<PsValue> input,
      Span at,
      String shown) {
    List<Arg> args = argv.subList(1, argv.size());
    Cmdlets.Binding b = Cmdlets.bind(program, args);
    PsValue output = PsValue.unknown(shown, List.of(program), at);
    switch (program) {
      case "invoke-expression" -> expression(p, index, b, input, at);
      case "set-alias", "new-alias" -> alias(p, b);
      case "set-location" -> p.out.changeDirectory(b.value("Path", "LiteralPath"));
      case "push-location" -> p.out.pushDirectory(b.value("Path", "LiteralPath"));
      case "pop-location" -> p.out.popDirectory();
      case "start-process" -> start(p, b);
      case "invoke-command", "start-job" -> {
        if (b.value("FilePath").isPresent()) {
          p.out.problem(
              "powershell: the script "
                  + b.value("FilePath").get().value()
                  + " run by "
                  + program
                  + " is not analysed");
        }
        if (REMOTE.stream().anyMatch(b::has)) {
          p.out.mark(index + 1, p.out.size(), Invocation.Trait.REMOTE);
        }
      }
      case "invoke-wmimethod", "invoke-cimmethod" -> wmi(p, b, at);
      case "add-type" ->
          p.out.problem("powershell: Add-Type compiles .NET code that is not analysed");
      case "new-object" -> output = newObject(b, at, shown).orElse(output);
      case "get-wmiobject", "get-ciminstance" -> {
        Optional<Arg> cls = b.value("Class", "ClassName");
        if (cls.isPresent() && !cls.get().dynamic()) {
          output = PsValue.object(shown, "wmi:" + cls.get().value().toLowerCase(Locale.ROOT), at);
        }
      }
      case "get-item", "get-childitem" ->
          output =
              output.withItem(
                  b.value("Path", "LiteralPath").filter(a -> !a.dynamic()).map(Arg::value));
      case "write-output" -> output = written(b, at, shown).orElse(output);
      default -> {}
    }
    return output;
  }

  /** {@code iex TEXT}, {@code … | iex}. */
  private static void expression(
      PsParser p, int index, Cmdlets.Binding b, Optional<PsValue> input, Span at) {
    Optional<Arg> code = b.value("Command");
    if (code.isPresent()) {
      Arg a = code.get();
      PsValue v =
          a.dynamic()
              ? PsValue.unknown(a.value(), a.producers(), a.span())
              : PsValue.text(a.value(), a.span());
      PsMethods.scriptBlock(p, v, "iex");
      return;
    }
    if (input.isPresent() && input.get().isKnown()) {
      PsValue text = PsValue.text(String.join("\n", input.get().items()), input.get().span());
      PsMethods.scriptBlock(p, text, "iex");
    } else if (input.isPresent() && index >= 0 && p.out.step(index).pipeFrom() >= 0) {
      p.out.mark(index, index + 1, Invocation.Trait.READS_SCRIPT_FROM_STDIN);
    } else if (input.isPresent()) {
      PsMethods.scriptBlock(p, input.get(), "iex");
    }
  }

  private static void alias(PsParser p, Cmdlets.Binding b) {
    Optional<Arg> name = b.value("Name");
    Optional<Arg> value = b.value("Value");
    if (name.isEmpty() || value.isEmpty() || name.get().dynamic() || value.get().dynamic()) {
      p.out.problem("powershell: an alias defined with run-time values is not analysed");
      return;
    }
    String target = value.get().value();
    String resolved = Cmdlets.resolve(target, p.out.dialect).orElse(Names.nativeName(target));
    p.aliases.put(name.get().value().toLowerCase(Locale.ROOT), resolved);
  }

  private static void start(PsParser p, Cmdlets.Binding b) {
    Optional<Arg> file = b.value("FilePath");
    if (file.isEmpty()) {
      return;
    }
    List<PsValue> items = new ArrayList<>();
    for (Arg a : b.values("ArgumentList")) {
      items.add(
          a.dynamic()
              ? PsValue.unknown(a.value(), a.producers(), a.span())
              : PsValue.text(a.value(), a.span()));
    }
    Arg f = file.get();
    PsValue fileValue =
        f.dynamic()
            ? PsValue.unknown(f.value(), f.producers(), f.span())
            : PsValue.text(f.value(), f.span());
    Optional<PsValue> arguments =
        items.isEmpty() ? Optional.empty() : Optional.of(PsValue.array(items, f.span()));
    PsLaunchers.launchFile(p, fileValue, arguments, "start-process");
  }

  private static void wmi(PsParser p, Cmdlets.Binding b, Span at) {
    String cls = b.value("Class", "ClassName").map(Arg::value).orElse("").toLowerCase(Locale.ROOT);
    String method =
        b.value("Name", "MethodName").map(Arg::value).orElse("").toLowerCase(Locale.ROOT);
    if (!cls.equals("win32_process") || !method.equals("create")) {
      return;
    }
    Optional<Arg> line = b.value("ArgumentList");
    PsValue v =
        line.filter(a -> !a.dynamic())
            .map(a -> PsValue.text(a.value(), a.span()))
            .orElse(
                PsValue.unknown(
                    line.map(Arg::value).orElse("$CommandLine"),
                    List.of(),
                    line.map(Arg::span).orElse(at)));
    PsLaunchers.launch(p, v, Optional.empty(), "Win32_Process.Create");
  }

  private static Optional<PsValue> newObject(Cmdlets.Binding b, Span at, String shown) {
    Optional<Arg> com = b.value("ComObject");
    if (com.isPresent() && !com.get().dynamic()) {
      return Optional.of(
          PsValue.object(shown, "com:" + com.get().value().toLowerCase(Locale.ROOT), at));
    }
    Optional<Arg> type = b.value("TypeName");
    if (type.isPresent() && !type.get().dynamic()) {
      return Optional.of(PsValue.object(shown, PsMethods.typeName(type.get().value()), at));
    }
    return Optional.empty();
  }

  private static Optional<PsValue> written(Cmdlets.Binding b, Span at, String shown) {
    List<Arg> values = b.values("InputObject");
    if (values.isEmpty() || values.stream().anyMatch(Arg::dynamic)) {
      return Optional.empty();
    }
    List<PsValue> items = values.stream().map(a -> PsValue.text(a.value(), a.span())).toList();
    return Optional.of(
        items.size() == 1 ? items.get(0).withShown(shown, at) : PsValue.array(items, at));
  }
}

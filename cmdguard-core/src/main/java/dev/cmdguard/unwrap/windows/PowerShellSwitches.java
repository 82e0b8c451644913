package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Arg;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command-line parameters of {@code powershell.exe} (about_PowerShell_exe) and {@code pwsh}
 * (about_Pwsh): a name may be any prefix of one parameter; {@code -c} is {@code -Command}, {@code
 * -e} and {@code -ec} are {@code -EncodedCommand}, {@code -f} is {@code -File}, {@code -ep} and
 * {@code -ex} are {@code -ExecutionPolicy}.
 */
final class PowerShellSwitches {
  /**
   * The parameters in the order pwsh matches them (CommandLineParameterParser): a written name
   * stands for the first parameter it is a prefix of and that it begins with the shortest
   * unambiguous form of; {@code true} marks a parameter that takes a value.
   */
  private static final List<Param> PARAMETERS =
      List.of(
          new Param("help", "?", false),
          new Param("help", "h", false),
          new Param("login", "l", false),
          new Param("noexit", "noe", false),
          new Param("noprofile", "nop", false),
          new Param("noprofileloadtime", "noprofileloadtime", false),
          new Param("nologo", "nol", false),
          new Param("noninteractive", "noni", false),
          new Param("sshservermode", "sshs", false),
          new Param("interactive", "i", false),
          new Param("configurationfile", "configurationf", true),
          new Param("configurationname", "config", true),
          new Param("custompipename", "custompipename", true),
          new Param("command", "c", false),
          new Param("commandwithargs", "commandwithargs", false),
          new Param("cwa", "cwa", false),
          new Param("windowstyle", "w", true),
          new Param("file", "f", false),
          new Param("executionpolicy", "ex", true),
          new Param("ep", "ep", true),
          new Param("encodedcommand", "e", false),
          new Param("ec", "ec", false),
          new Param("encodedarguments", "encodeda", true),
          new Param("ea", "ea", true),
          new Param("settingsfile", "settings", true),
          new Param("version", "v", false),
          new Param("workingdirectory", "wo", true),
          new Param("wd", "wd", true),
          new Param("outputformat", "o", true),
          new Param("of", "of", true),
          new Param("inputformat", "in", true),
          new Param("if", "if", true),
          new Param("sta", "sta", false),
          new Param("mta", "mta", false),
          new Param("psconsolefile", "psconsolefile", true));

  /** The canonical names of short aliases. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "cwa", "commandwithargs",
          "ep", "executionpolicy",
          "ec", "encodedcommand",
          "ea", "encodedarguments",
          "wd", "workingdirectory",
          "of", "outputformat",
          "if", "inputformat");

  private record Param(String name, String shortest, boolean valued) {}

  private static final Set<String> CODE =
      Set.of("command", "encodedcommand", "file", "commandwithargs");

  private PowerShellSwitches() {}

  static Launch read(Dialect dialect, List<Arg> args) {
    String program = dialect.program();
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      Optional<String> name = a.dynamic() ? Optional.empty() : name(a.value());
      if (name.isEmpty()) {
        if (a.value().startsWith("-") && !a.dynamic() && !a.value().equals("-")) {
          return new Launch.Problem(
              program, program + " " + a.value() + " is not a parameter cmdguard knows");
        }
        return positional(dialect, args.subList(i, args.size()));
      }
      String n = name.get();
      if (CODE.contains(n)) {
        return code(dialect, n, args.subList(i + 1, args.size()));
      }
      if (n.equals("help") || n.equals("version")) {
        return new Launch.Nothing();
      }
      if (valued(n)) {
        i++;
      }
    }
    return new Launch.Stdin(dialect, program);
  }

  /** The parameter a written switch names, lower case, or empty when it is not one. */
  static Optional<String> name(String written) {
    String w;
    if (written.startsWith("--")) {
      w = written.substring(2);
    } else if (written.startsWith("-") || written.startsWith("/")) {
      w = written.substring(1);
    } else {
      return Optional.empty();
    }
    int colon = w.indexOf(':');
    String key = (colon > 0 ? w.substring(0, colon) : w).toLowerCase(Locale.ROOT);
    for (Param p : PARAMETERS) {
      if (!key.isEmpty() && p.name().startsWith(key) && key.startsWith(p.shortest())) {
        return Optional.of(ALIASES.getOrDefault(p.name(), p.name()));
      }
    }
    return Optional.empty();
  }

  private static boolean valued(String name) {
    return PARAMETERS.stream()
        .anyMatch(p -> p.valued() && ALIASES.getOrDefault(p.name(), p.name()).equals(name));
  }

  /** The first argument that is not a parameter: the command, or for pwsh the script file. */
  private static Launch positional(Dialect dialect, List<Arg> rest) {
    if (dialect == Dialect.POWERSHELL) {
      return file(dialect, rest);
    }
    return code(dialect, "command", rest);
  }

  private static Launch code(Dialect dialect, String parameter, List<Arg> rest) {
    String program = dialect.program();
    if (rest.isEmpty()) {
      return parameter.equals("command")
          ? new Launch.Stdin(dialect, program)
          : new Launch.Problem(program, program + " -" + parameter + " is missing its value");
    }
    return switch (parameter) {
      case "file" -> file(dialect, rest);
      case "encodedcommand" -> encoded(dialect, rest.get(0));
      case "commandwithargs" ->
          new Launch.Code(dialect, rest.get(0), program + " -CommandWithArgs", false);
      default -> {
        Arg text = Launch.joinArgs(rest, false);
        yield !text.dynamic() && text.value().strip().equals("-")
            ? new Launch.Stdin(dialect, program + " -Command -")
            : new Launch.Code(dialect, text, program + " -Command", false);
      }
    };
  }

  private static Launch file(Dialect dialect, List<Arg> rest) {
    String program = dialect.program();
    Arg file = rest.get(0);
    if (!file.dynamic() && file.value().equals("-")) {
      return new Launch.Stdin(dialect, program + " -File -");
    }
    return new Launch.ScriptFile(program + " -File", file);
  }

  private static Launch encoded(Dialect dialect, Arg value) {
    String label = dialect.program() + " -EncodedCommand";
    if (value.dynamic()) {
      return new Launch.Code(dialect, value, label, true);
    }
    Optional<String> text = decode(value.value());
    if (text.isEmpty()) {
      return new Launch.Problem(
          label, label + " holds " + value.value() + ", which is not base64 of UTF-16LE text");
    }
    return new Launch.Code(dialect, Arg.of(text.get(), value.span()), label, true);
  }

  /**
   * Decodes an {@code -EncodedCommand} value: base64 (standard alphabet, padding optional) of
   * UTF-16LE text, as {@code [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($s))}
   * makes it.
   *
   * @return the text, or empty when the value is not base64 or not UTF-16LE
   */
  static Optional<String> decode(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes.length == 0 || bytes.length % 2 != 0) {
      return Optional.empty();
    }
    try {
      String text =
          StandardCharsets.UTF_16LE
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')
          ? Optional.empty()
          : Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

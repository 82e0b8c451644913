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
  /** Parameters that take a value, lower case. */
  private static final Set<String> VALUED =
      Set.of(
          "executionpolicy",
          "windowstyle",
          "inputformat",
          "outputformat",
          "version",
          "psconsolefile",
          "configurationname",
          "configurationfile",
          "custompipename",
          "settingsfile",
          "workingdirectory",
          "encodedarguments");

  /** Flags, lower case. */
  private static final Set<String> FLAGS =
      Set.of(
          "noprofile",
          "nologo",
          "noninteractive",
          "noexit",
          "sta",
          "mta",
          "interactive",
          "login",
          "noprofileloadtime",
          "sshservermode",
          "help");

  private static final Set<String> CODE =
      Set.of("command", "encodedcommand", "file", "commandwithargs");

  private static final Map<String, String> SHORT =
      Map.ofEntries(
          Map.entry("c", "command"),
          Map.entry("e", "encodedcommand"),
          Map.entry("ec", "encodedcommand"),
          Map.entry("f", "file"),
          Map.entry("ep", "executionpolicy"),
          Map.entry("ex", "executionpolicy"),
          Map.entry("cwa", "commandwithargs"),
          Map.entry("wd", "workingdirectory"),
          Map.entry("w", "windowstyle"),
          Map.entry("config", "configurationname"),
          Map.entry("settings", "settingsfile"),
          Map.entry("i", "interactive"),
          Map.entry("l", "login"),
          Map.entry("o", "outputformat"),
          Map.entry("of", "outputformat"),
          Map.entry("if", "inputformat"),
          Map.entry("v", "version"),
          Map.entry("?", "help"));

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
      if (VALUED.contains(n)) {
        i++;
      }
    }
    return new Launch.Stdin(dialect, program);
  }

  /** The parameter a written switch names, lower case, or empty when it is not one. */
  static Optional<String> name(String written) {
    String w = written;
    if (w.startsWith("--")) {
      w = w.substring(2);
    } else if (w.startsWith("-") || w.startsWith("/")) {
      w = w.substring(1);
    } else {
      return Optional.empty();
    }
    int colon = w.indexOf(':');
    w = (colon > 0 ? w.substring(0, colon) : w).toLowerCase(Locale.ROOT);
    if (w.isEmpty()) {
      return Optional.empty();
    }
    if (SHORT.containsKey(w)) {
      return Optional.of(SHORT.get(w));
    }
    if (CODE.contains(w) || VALUED.contains(w) || FLAGS.contains(w)) {
      return Optional.of(w);
    }
    String found = null;
    for (Set<String> names : List.of(CODE, VALUED, FLAGS)) {
      for (String n : names) {
        if (n.startsWith(w)) {
          if (found != null) {
            return Optional.empty();
          }
          found = n;
        }
      }
    }
    return Optional.ofNullable(found);
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

package dev.cmdguard.fuzz;

import java.util.List;
import java.util.Optional;

/**
 * Path spellings of a program and of its path arguments (SPEC sections 2 and 3): {@code /bin/rm},
 * {@code //usr//bin//rm}, {@code ../../../usr/bin/rm} from the workspace {@code /home/dev/project};
 * {@code /etc} as {@code //etc}, {@code /./etc/.}, {@code /usr/../etc} or {@code ../../../etc}. The
 * program's directory is not checked: the guard judges a program by its name wherever it lives.
 */
final class ProgramPaths {
  static final List<String> DIRECTORIES =
      List.of(
          "/usr/bin/",
          "/bin/",
          "/usr/local/bin/",
          "/usr/bin/../bin/",
          "//usr//bin//",
          "/./usr/./bin/",
          "../../../usr/bin/",
          "./../../../bin/");

  /** Ways to write an absolute path {@code p} so that it names the same file. */
  static final List<String> ARGUMENT_FORMS =
      List.of("double slashes", "dot segments", "parent segments", "relative to the workspace");

  private ProgramPaths() {}

  static Optional<String> at(Obfuscations.Base b, String dir) {
    if (!b.isArgv() || b.program().contains("/")) {
      return Optional.empty();
    }
    return Optional.of(
        Obfuscations.join(
            dir + b.program(), Obfuscations.words(b.args(), Obfuscations::plainWord)));
  }

  /** The base with each absolute path argument respelled in {@code form}. */
  static Optional<String> arguments(Obfuscations.Base b, String form) {
    if (!b.isArgv() || b.args().stream().noneMatch(a -> a.startsWith("/"))) {
      return Optional.empty();
    }
    List<String> args =
        b.args().stream().map(a -> a.startsWith("/") ? respell(a, form) : a).toList();
    return Optional.of(
        Obfuscations.join(b.program(), Obfuscations.words(args, Obfuscations::plainWord)));
  }

  static String respell(String p, String form) {
    String rest = p.equals("/") ? "" : p.substring(1);
    return switch (form) {
      case "double slashes" -> "//" + rest.replace("/", "//");
      case "dot segments" -> "/./" + rest + (rest.isEmpty() ? "" : "/.");
      case "parent segments" -> "/usr/../" + rest;
      case "relative to the workspace" -> "../../../" + rest;
      default -> throw new IllegalArgumentException(form);
    };
  }
}

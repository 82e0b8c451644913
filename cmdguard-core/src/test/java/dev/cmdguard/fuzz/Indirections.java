package dev.cmdguard.fuzz;

import static dev.cmdguard.fuzz.Obfuscations.plainWord;
import static dev.cmdguard.fuzz.Obfuscations.words;

import dev.cmdguard.fuzz.Obfuscations.Base;
import dev.cmdguard.fuzz.Obfuscations.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Transformations that move a word of the command somewhere else and let bash bring it back (SPEC
 * section 2): a static variable, positional parameters, an array, {@code cd} then a relative path,
 * {@code xargs} reading the last argument from its input, {@code find -exec} with {@code {}} for
 * it, {@code env -S}.
 */
final class Indirections {
  static final List<Transform> TRANSFORMS = transforms();

  private Indirections() {}

  private static List<Transform> transforms() {
    List<Transform> out = new ArrayList<>();
    last(out, "variable X=…; … $X", (b, v) -> "X=" + v + "; " + b + " $X");
    last(out, "variable X=… && … \"${X}\"", (b, v) -> "X=" + v + " && " + b + " \"${X}\"");
    last(out, "export X=…; … \"$X\"", (b, v) -> "export X=" + v + "; " + b + " \"$X\"");
    last(out, "declare X=…; … $X", (b, v) -> "declare X=" + v + "; " + b + " $X");
    last(out, "readonly X=…; … $X", (b, v) -> "readonly X=" + v + "; " + b + " $X");
    last(out, "assignment prefix X=… … $X", (b, v) -> "X=" + v + " " + b + " $X");
    last(out, "set -- …; … \"$1\"", (b, v) -> "set -- " + v + "; " + b + " \"$1\"");
    last(out, "xargs: echo … | xargs …", (b, v) -> "echo " + v + " | xargs " + b);
    last(
        out,
        "xargs: printf | xargs -I{}",
        (b, v) -> "printf '%s\\n' " + v + " | xargs -I{} " + b + " {}");
    last(out, "xargs: here-string", (b, v) -> "xargs " + b + " <<< " + v);
    out.add(new Transform("variable P=program; $P …", false, (b, r) -> program(b, "P=%s; $P%s")));
    out.add(
        new Transform(
            "variable P=program; \"${P}\" …", false, (b, r) -> program(b, "P=%s; \"${P}\"%s")));
    out.add(new Transform("array A=(argv); \"${A[@]}\"", false, (b, r) -> array(b)));
    out.add(new Transform("command in one variable", false, (b, r) -> splitVariable(b)));
    out.add(
        new Transform(
            "env -S 'command'", true, (b, r) -> whole(b, p -> "env -S " + Spelling.single(p))));
    for (String form : ProgramPaths.ARGUMENT_FORMS) {
      out.add(
          new Transform("path argument, " + form, true, (b, r) -> ProgramPaths.arguments(b, form)));
    }
    for (String cd : List.of("cd %s && %s", "cd %s; %s", "cd %s\n%s", "pushd %s && %s")) {
      out.add(new Transform(cd.replace("\n", "\\n"), false, (b, r) -> changeDirectory(b, cd)));
    }
    for (String find :
        List.of(
            "find %s -maxdepth 0 -exec %s {} \\;",
            "find %s -prune -exec %s {} +", "find %s -exec %s {} \\;")) {
      out.add(new Transform(find, true, (b, r) -> find(b, find)));
    }
    return out;
  }

  /** A transformation of (command without its last argument, last argument as written). */
  private static void last(
      List<Transform> out, String name, java.util.function.BinaryOperator<String> make) {
    out.add(
        new Transform(
            name,
            false,
            (b, r) -> {
              if (!b.isArgv() || b.args().isEmpty()) {
                return Optional.empty();
              }
              String last = b.argv().get(b.argv().size() - 1);
              if (name.startsWith("xargs") && !last.matches("[A-Za-z0-9_./~=-]+")) {
                return Optional.empty(); // xargs splits at blanks and reads quotes
              }
              if (name.startsWith("xargs: echo") && last.matches("-[neE]+")) {
                return Optional.empty();
              }
              String head =
                  words(b.argv().subList(0, b.argv().size() - 1), Obfuscations::plainWord);
              String script = make.apply(head, plainWord(last));
              if (last.contains(" ") && script.matches("(?s).* \\$X( .*|$)")) {
                return Optional.empty(); // an unquoted $X would split the value
              }
              return Optional.of(script);
            }));
  }

  private static Optional<String> program(Base b, String format) {
    if (!b.isArgv()) {
      return Optional.empty();
    }
    String rest = words(b.args(), Obfuscations::plainWord);
    return Optional.of(
        String.format(format, plainWord(b.program()), rest.isEmpty() ? "" : " " + rest));
  }

  private static Optional<String> array(Base b) {
    return whole(b, p -> "A=(" + p + "); \"${A[@]}\"");
  }

  /** {@code C='rm -rf'; $C /}: word splitting of an unquoted variable. */
  private static Optional<String> splitVariable(Base b) {
    if (!b.isArgv()
        || b.args().isEmpty()
        || b.argv().stream().anyMatch(w -> !w.matches("[A-Za-z0-9_./=:@%+,~-]+"))) {
      return Optional.empty();
    }
    List<String> head = b.argv().subList(0, b.argv().size() - 1);
    return Optional.of(
        "C='" + String.join(" ", head) + "'; $C " + b.argv().get(b.argv().size() - 1));
  }

  private static Optional<String> whole(Base b, Function<String, String> make) {
    return b.isArgv() ? Optional.of(make.apply(b.plain())) : Optional.empty();
  }

  /**
   * {@code cd DIR && rm -rf NAME} for the last absolute path argument ({@code *} for {@code /}).
   */
  private static Optional<String> changeDirectory(Base b, String format) {
    if (!b.isArgv()) {
      return Optional.empty();
    }
    List<String> argv = new ArrayList<>(b.argv());
    for (int i = argv.size() - 1; i > 0; i--) {
      String p = argv.get(i).equals("~") ? "/home/dev" : argv.get(i);
      if (!p.startsWith("/")) {
        continue;
      }
      String dir;
      if (p.equals("/")) {
        if (!List.of("rm", "chmod", "chown").contains(b.program())) {
          return Optional.empty();
        }
        dir = "/";
        argv.set(i, "*");
      } else {
        int slash = p.lastIndexOf('/');
        dir = slash == 0 ? "/" : p.substring(0, slash);
        argv.set(i, p.substring(slash + 1));
      }
      return Optional.of(
          String.format(format, plainWord(dir), words(argv, Obfuscations::plainWord)));
    }
    return Optional.empty();
  }

  /** {@code find PATH … -exec CMD {} ;} for a command whose last argument is a path. */
  private static Optional<String> find(Base b, String format) {
    if (!b.isArgv() || b.args().isEmpty()) {
      return Optional.empty();
    }
    String last = b.argv().get(b.argv().size() - 1);
    if (!last.matches("[/.~][A-Za-z0-9_./~-]*")) {
      return Optional.empty();
    }
    String head = words(b.argv().subList(0, b.argv().size() - 1), Obfuscations::plainWord);
    return Optional.of(String.format(format, last, head));
  }
}

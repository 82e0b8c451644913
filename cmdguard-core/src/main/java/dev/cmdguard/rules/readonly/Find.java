package dev.cmdguard.rules.readonly;

import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * find(1) (GNU findutils): read-only unless an action deletes ({@code -delete}) or writes a file
 * ({@code -fprint}, {@code -fprint0}, {@code -fprintf}, {@code -fls}). The commands of {@code
 * -exec}, {@code -execdir}, {@code -ok} and {@code -okdir} are invocations of their own (the unwrap
 * stage emits them), so find itself counts as read-only around them, as {@code xargs} does; {@code
 * find -exec rm {} \;} is still not read-only because {@code rm} is not.
 */
final class Find {
  private static final Set<String> WRITING =
      Set.of("-delete", "-fprint", "-fprint0", "-fprintf", "-fls");

  private static final Set<String> EXEC = Set.of("-exec", "-execdir", "-ok", "-okdir");

  /** Tests and options that take one value, which may look like anything ({@code -name -x}). */
  private static final Set<String> VALUE =
      Set.of(
          "-name",
          "-iname",
          "-path",
          "-ipath",
          "-wholename",
          "-iwholename",
          "-regex",
          "-iregex",
          "-lname",
          "-ilname",
          "-newer",
          "-anewer",
          "-cnewer",
          "-perm",
          "-type",
          "-xtype",
          "-user",
          "-group",
          "-uid",
          "-gid",
          "-size",
          "-mtime",
          "-mmin",
          "-atime",
          "-amin",
          "-ctime",
          "-cmin",
          "-used",
          "-inum",
          "-links",
          "-samefile",
          "-maxdepth",
          "-mindepth",
          "-fstype",
          "-printf",
          "-regextype",
          "-context",
          "-files0-from",
          "-D");

  private Find() {}

  static boolean allows(List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      String v = a.value();
      if (a.dynamic() && Options.couldBeOption(a) || a.glob() && mayMatchAction(a.value())) {
        return false;
      }
      if (!a.isLiteral()) {
        continue;
      }
      if (WRITING.contains(v)) {
        return false;
      }
      if (EXEC.contains(v)) {
        i = end(args, i + 1);
      } else if (VALUE.contains(v) || v.startsWith("-newer")) {
        i++;
      }
    }
    return true;
  }

  /**
   * True when an unquoted pattern could expand to a disqualifying action word: {@code *} could be a
   * file named {@code -delete}, {@code *.jpg} or {@code *\/2011} cannot.
   */
  private static boolean mayMatchAction(String glob) {
    Pattern p;
    try {
      p = Pattern.compile(globRegex(glob));
    } catch (PatternSyntaxException e) {
      return true;
    }
    return WRITING.stream().anyMatch(w -> p.matcher(w).matches())
        || EXEC.stream().anyMatch(w -> p.matcher(w).matches());
  }

  private static String globRegex(String glob) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> sb.append(".*");
        case '?' -> sb.append('.');
        case '[' -> {
          int end = glob.indexOf(']', i + 2);
          if (end < 0) {
            sb.append("\\[");
          } else {
            String set = glob.substring(i + 1, end).replace("\\", "\\\\");
            sb.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
            i = end;
          }
        }
        default -> sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }

  /** The index of the {@code ;} or {@code +} that ends an {@code -exec} command. */
  private static int end(List<Arg> args, int from) {
    int i = from;
    while (i < args.size()
        && !args.get(i).value().equals(";")
        && !args.get(i).value().equals("+")) {
      i++;
    }
    return i;
  }
}

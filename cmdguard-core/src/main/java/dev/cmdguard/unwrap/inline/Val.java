package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static value of an expression, as far as it can be known: a string (possibly with unknown
 * parts), a number, a list, a map, a named module or function, an object of a known type, a bound
 * method, or nothing known.
 */
sealed interface Val {
  /** Longest string kept; a longer one is cut and marked dynamic. */
  int MAX_TEXT = 1 << 20;

  /** Most list items kept. */
  int MAX_ITEMS = 10_000;

  /** What a hole may be named. */
  java.util.regex.Pattern IDENTIFIER =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");

  /** Variables of the shell context that a hole must not be named after. */
  Set<String> SHELL_NAMES =
      Set.of(
          "HOME",
          "PWD",
          "OLDPWD",
          "USER",
          "LOGNAME",
          "SHELL",
          "PATH",
          "IFS",
          "RANDOM",
          "UID",
          "EUID",
          "PPID",
          "BASHPID",
          "SECONDS",
          "LINENO",
          "HOSTNAME",
          "TMPDIR",
          "dynamic");

  /**
   * A string.
   *
   * @param text the text, each unknown part written as a hole {@code ${name}}
   * @param dynamic true when the text has unknown parts
   */
  record Str(String text, boolean dynamic) implements Val {}

  record Num(String text) implements Val {}

  record Bool(boolean value) implements Val {}

  record Lst(List<Val> items) implements Val {
    public Lst {
      items = List.copyOf(items.subList(0, Math.min(items.size(), MAX_ITEMS)));
    }
  }

  /** A map or object literal with literal keys. */
  record Obj(Map<String, Val> fields) implements Val {
    public Obj {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /**
   * A module, class, function or attribute known by name: {@code os.system}, {@code child_process}.
   */
  record Ref(String path) implements Val {}

  /**
   * An object of a known type, such as {@code pathlib.Path} holding its path, or a socket.
   *
   * @param type the constructor's path
   * @param value what it holds, or an {@link Unknown}
   */
  record Inst(String type, Val value) implements Val {}

  /** A method looked up on a value and not yet called. */
  record Method(Val receiver, String name) implements Val {}

  /**
   * Nothing statically known.
   *
   * @param label a name for it: the variable or expression it came from
   */
  record Unknown(String label) implements Val {}

  static Str str(String text) {
    return new Str(text, false);
  }

  static Unknown unknown(String label) {
    return new Unknown(label);
  }

  /** The value as text, unknown parts as holes. */
  static String text(Val v) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (v instanceof Str s) {
      return s.text();
    }
    if (v instanceof Num n) {
      return n.text();
    }
    if (v instanceof Bool b) {
      return String.valueOf(b.value());
    }
    if (v instanceof Inst i) {
      return i.value() instanceof Str || i.value() instanceof Num
          ? text(i.value())
          : hole(i.type());
    }
    if (v instanceof Lst) {
      return hole("list");
    }
    if (v instanceof Obj) {
      return hole("object");
    }
    if (v instanceof Ref r) {
      return hole(r.path());
    }
    if (v instanceof Method m) {
      return hole(m.name());
    }
    if (v instanceof Unknown u) {
      return hole(u.label());
    }
    throw new IllegalStateException("unexpected value: " + v);
  }

  /** True when {@link #text(Val)} is not the statically known value. */
  static boolean dynamic(Val v) {
    if (v instanceof Str s) {
      return s.dynamic();
    }
    if (v instanceof Num || v instanceof Bool) {
      return false;
    }
    if (v instanceof Inst i) {
      return !(i.value() instanceof Str || i.value() instanceof Num) || dynamic(i.value());
    }
    if (v instanceof Lst
        || v instanceof Obj
        || v instanceof Ref
        || v instanceof Method
        || v instanceof Unknown) {
      return true;
    }
    throw new IllegalStateException("unexpected value: " + v);
  }

  /** A value as a string value: strings and numbers as they are, anything else a hole. */
  static Str asStr(Val v) {
    return v instanceof Str s ? s : new Str(text(v), dynamic(v));
  }

  /** Concatenation of string values, cut at {@link #MAX_TEXT}. */
  static Str concat(Val a, Val b) {
    Str x = asStr(a);
    Str y = asStr(b);
    boolean dynamic = x.dynamic() || y.dynamic();
    if ((long) x.text().length() + y.text().length() > MAX_TEXT) {
      String cut = (x.text() + y.text().substring(0, Math.max(0, MAX_TEXT - x.text().length())));
      return new Str(cut.substring(0, Math.min(cut.length(), MAX_TEXT)), true);
    }
    return new Str(x.text() + y.text(), dynamic);
  }

  /** The text of each item of a list value, strings split out of nested lists. */
  static List<Val> flatten(List<Val> items) {
    List<Val> out = new ArrayList<>();
    for (Val v : items) {
      if (v instanceof Lst l && out.size() < MAX_ITEMS) {
        out.addAll(flatten(l.items()));
      } else {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * A parameter expansion standing for an unknown part: {@code ${dir}} after the source name, or
   * {@code ${dynamic}} when the name is not an identifier or is one the shell context sets.
   */
  static String hole(String label) {
    String name = label;
    for (String sep : List.of(".", "->", "::", "#", "[")) {
      int at = name.lastIndexOf(sep);
      if (at >= 0 && at + sep.length() < name.length()) {
        name = name.substring(at + sep.length());
      }
    }
    int from = 0;
    while (from < name.length() && "$@%&".indexOf(name.charAt(from)) >= 0) {
      from++;
    }
    name =
        name.substring(
            from, name.endsWith("()") ? Math.max(from, name.length() - 2) : name.length());
    if (!IDENTIFIER.matcher(name).matches() || SHELL_NAMES.contains(name)) {
      name = "dynamic";
    }
    return "${" + name + "}";
  }
}

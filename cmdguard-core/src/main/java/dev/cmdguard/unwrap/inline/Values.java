package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Member access, indexing and string methods common to all languages. */
final class Values {
  private Values() {}

  /** {@code base op name}: a longer path for a named thing, a field, or a bound method. */
  static Val member(Val base, String op, String name) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (base instanceof Val.Ref r) {
      return new Val.Ref(r.path() + op + name);
    }
    if (base instanceof Val.Obj o) {
      return o.fields().getOrDefault(name, Val.unknown(name));
    }
    return new Val.Method(base, name);
  }

  /** {@code base[key]}: a list item, a field, a named member with a literal key. */
  static Val index(Val base, Val key) {
    if (base instanceof Val.Lst l && key instanceof Val.Num n) {
      return item(l, n);
    }
    if (base instanceof Val.Obj o && key instanceof Val.Str s && !s.dynamic()) {
      return o.fields().getOrDefault(s.text(), Val.unknown(s.text()));
    }
    if (base instanceof Val.Str s && key instanceof Val.Num n) {
      return character(s, n);
    }
    return Val.unknown(base instanceof Val.Ref r ? r.path() : "item");
  }

  private static Val item(Val.Lst l, Val.Num n) {
    try {
      int k = Integer.parseInt(n.text());
      return k >= 0 && k < l.items().size() ? l.items().get(k) : Val.unknown("item");
    } catch (NumberFormatException notAnIndex) {
      return Val.unknown("item");
    }
  }

  private static Val character(Val.Str s, Val.Num n) {
    try {
      int k = Integer.parseInt(n.text());
      return !s.dynamic() && k >= 0 && k < s.text().length()
          ? Val.str(String.valueOf(s.text().charAt(k)))
          : Val.unknown("char");
    } catch (NumberFormatException notAnIndex) {
      return Val.unknown("char");
    }
  }

  /**
   * String methods whose result is known from a known receiver, named as in any of the languages
   * ({@code strip}, {@code trim}, {@code reverse}, {@code decode}, {@code join}); null when {@code
   * name} is not one of them.
   */
  static Val stringMethod(Val.Str s, String name, Args args) {
    String t = s.text();
    return switch (name) {
      case "strip", "trim", "chomp", "rstrip", "trimEnd", "lstrip", "trimStart" ->
          new Val.Str(t.strip(), s.dynamic());
      case "decode",
          "encode",
          "toString",
          "to_s",
          "valueOf",
          "__str__",
          "b",
          "force_encoding",
          "dup",
          "freeze" ->
          s;
      case "lower", "toLowerCase", "downcase" ->
          new Val.Str(t.toLowerCase(Locale.ROOT), s.dynamic());
      case "upper", "toUpperCase", "upcase" -> new Val.Str(t.toUpperCase(Locale.ROOT), s.dynamic());
      case "__reversed__", "reverse" ->
          new Val.Str(new StringBuilder(t).reverse().toString(), s.dynamic());
      case "join" -> join(t, args.get(0));
      case "replace", "replaceAll", "gsub", "sub" -> replace(s, args);
      case "concat", "__add__" -> concatAll(s, args);
      default -> null;
    };
  }

  /** {@code sep.join(items)} (Python) or the equivalent of JavaScript's {@code items.join(sep)}. */
  static Val join(String separator, Val items) {
    if (!(items instanceof Val.Lst l)) {
      return Val.unknown("joined");
    }
    TextBuilder b = new TextBuilder();
    List<Val> all = l.items();
    for (int k = 0; k < all.size(); k++) {
      b.append(k == 0 ? "" : separator).add(all.get(k));
    }
    return b.build();
  }

  private static Val replace(Val.Str s, Args args) {
    if (args.get(0) instanceof Val.Str from
        && args.get(1) instanceof Val.Str to
        && !from.dynamic()
        && !from.text().isEmpty()) {
      return new Val.Str(s.text().replace(from.text(), to.text()), s.dynamic() || to.dynamic());
    }
    return Val.unknown("replaced");
  }

  private static Val concatAll(Val.Str s, Args args) {
    TextBuilder b = new TextBuilder().add(s);
    args.positional().forEach(b::add);
    return b.build();
  }

  /** Joins path parts as {@code os.path.join} does: an absolute part restarts the path. */
  static Val joinPath(List<Val> parts) {
    Val acc = null;
    for (Val part : parts) {
      String text = Val.text(part);
      if (acc == null || text.startsWith("/")) {
        acc = Val.asStr(part);
      } else {
        String sep = Val.text(acc).endsWith("/") ? "" : "/";
        acc = Val.concat(acc, Val.concat(Val.str(sep), part));
      }
    }
    return acc == null ? Val.unknown("path") : acc;
  }

  /** The items of a list value as strings, for an argument vector. */
  static List<Val> items(Val v) {
    return v instanceof Val.Lst l ? Val.flatten(l.items()) : new ArrayList<>(List.of(v));
  }

  /**
   * An environment variable's value: {@code ~} for {@code HOME}, otherwise the expansion {@code
   * ${NAME}}, which is dynamic.
   */
  static Val env(Val name) {
    if (!(name instanceof Val.Str s)
        || s.dynamic()
        || !s.text().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return Val.unknown("env");
    }
    return s.text().equals("HOME") ? Val.str("~") : new Val.Str("${" + s.text() + "}", true);
  }

  /** True for a value that is certainly true, or not known to be false. */
  static boolean truthy(Val v) {
    if (v instanceof Val.Bool b) {
      return b.value();
    }
    if (v instanceof Val.Num n) {
      return !n.text().equals("0");
    }
    if (v instanceof Val.Str s) {
      return s.dynamic() || !s.text().isEmpty();
    }
    return true;
  }

  /** The code point {@code chr(n)} gives, as a string; unknown when not a literal number. */
  static Val chr(Val n) {
    if (n instanceof Val.Num num) {
      try {
        int cp =
            num.text().startsWith("0x")
                ? Integer.parseInt(num.text().substring(2), 16)
                : Integer.parseInt(num.text());
        if (Character.isValidCodePoint(cp)) {
          return Val.str(new String(Character.toChars(cp)));
        }
      } catch (NumberFormatException notANumber) {
        return Val.unknown("char");
      }
    }
    return Val.unknown("char");
  }

  /** {@code printf}-style formatting of {@code %s %d %r …} with the given values, in order. */
  static Val format(Val.Str fmt, List<Val> values) {
    StringBuilder b = new StringBuilder();
    boolean dynamic = fmt.dynamic();
    String t = fmt.text();
    int next = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c != '%' || k + 1 >= t.length()) {
        b.append(c);
        continue;
      }
      if (t.charAt(k + 1) == '%') {
        b.append('%');
        k++;
        continue;
      }
      int end = k + 1;
      while (end < t.length() && "-+ #0123456789.".indexOf(t.charAt(end)) >= 0) {
        end++;
      }
      Val v = next < values.size() ? values.get(next++) : Val.unknown("format");
      b.append(Val.text(v));
      dynamic |= Val.dynamic(v);
      k = Math.min(end, t.length() - 1);
    }
    return b.length() > Val.MAX_TEXT
        ? Val.unknown("formatted")
        : new Val.Str(b.toString(), dynamic);
  }

  /**
   * The paths a glob pattern may give, as the pattern itself: static when it has no pattern
   * characters ({@code ~}), dynamic otherwise ({@code *.tmp}).
   */
  static Val glob(Val pattern) {
    if (!(pattern instanceof Val.Str s)) {
      return Val.unknown("glob");
    }
    return new Val.Str(s.text(), s.dynamic() || s.text().matches(".*[*?\\[{].*"));
  }

  /**
   * The items of an argument list after argv[0] ({@code os.execvp(file, args)}); a list not known
   * stays as one unknown item, so that the argv is dynamic rather than silently short.
   */
  static List<Val> afterFirst(Val list) {
    if (list instanceof Val.Lst l) {
      List<Val> items = Val.flatten(l.items());
      return items.subList(Math.min(1, items.size()), items.size());
    }
    return List.of(list);
  }

  /** The items of an argument list ({@code spawn(cmd, args)}); unknown as one unknown item. */
  static List<Val> argumentList(Val list) {
    if (list == null || list instanceof Val.Obj) {
      return List.of();
    }
    return list instanceof Val.Lst l ? Val.flatten(l.items()) : List.of(list);
  }

  /** The string of the characters with the given code points ({@code chr} of each). */
  static Val chars(List<Val> codes) {
    TextBuilder b = new TextBuilder();
    for (Val code : codes) {
      b.add(chr(code));
    }
    return b.build();
  }
}

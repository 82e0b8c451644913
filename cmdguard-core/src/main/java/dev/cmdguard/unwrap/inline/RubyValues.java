package dev.cmdguard.unwrap.inline;

import java.util.List;
import java.util.Map;

/**
 * Ruby functions and methods that compute values the analysis follows: {@code Base64}, {@code
 * Zlib}, {@code format}, {@code ENV}, {@code Dir.home}, {@code File.join}, and the methods used to
 * hide payloads ({@code unpack1('m')}, {@code pack('H*')}, {@code Integer#chr}).
 */
final class RubyValues {
  private RubyValues() {}

  private static void put(Map<String, Handler> table, Handler h, String... keys) {
    for (String k : keys) {
      table.put(k, h);
    }
  }

  /** Adds the value APIs to {@code table}. */
  static void install(Map<String, Handler> table) {
    put(
        table,
        c -> Payloads.base64(c.arg(0)),
        "Base64.decode64",
        "Base64.strict_decode64",
        "Base64.urlsafe_decode64");
    put(
        table,
        c -> Payloads.inflate(c.arg(0), Payloads.Compression.ZLIB),
        "Zlib::Inflate.inflate",
        "Zlib.inflate");
    put(
        table,
        c -> c.arg(0) instanceof Val.Str f ? Values.format(f, c.from(1)) : Val.unknown("formatted"),
        "format",
        "sprintf");
    put(table, Handler.env(0), "ENV.fetch");
    put(table, Handler.constant(Val.str("~")), "Dir.home");
    put(table, Handler.constant(Val.str(".")), "Dir.pwd", "Dir.getwd");
    put(table, Handler.same(0), "File.expand_path");
    put(table, Handler.joinPath(), "File.join");
  }

  /**
   * Methods on known values: {@code 'cm0='.unpack1('m')}, {@code ['726d'].pack('H*')}, {@code
   * 114.chr}, string methods; null when not one of them.
   */
  static Val valueMethod(Val receiver, String name, Args args) {
    String template = args.get(0) instanceof Val.Str t ? t.text() : "";
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (receiver instanceof Val.Str s && (name.equals("unpack1") || name.equals("unpack"))) {
      return unpack(s, template, name);
    }
    if (receiver instanceof Val.Str s && name.equals("%")) {
      return Values.format(s, args.positional());
    }
    if (receiver instanceof Val.Str s) {
      return Values.stringMethod(s, name, args);
    }
    if (receiver instanceof Val.Lst l && name.equals("pack")) {
      return pack(l, template);
    }
    if (receiver instanceof Val.Lst l && name.equals("join")) {
      return Values.join(template, l);
    }
    if (receiver instanceof Val.Num n && name.equals("chr")) {
      return Values.chr(n);
    }
    if (receiver instanceof Val.Lst l && name.equals("map")) {
      return null;
    }
    return null;
  }

  private static Val unpack(Val.Str s, String template, String name) {
    Val v =
        template.startsWith("m")
            ? Payloads.base64(s)
            : template.startsWith("H") ? Payloads.hex(s) : Val.unknown("unpacked");
    return name.equals("unpack") && !(v instanceof Val.Unknown) ? new Val.Lst(List.of(v)) : v;
  }

  private static Val pack(Val.Lst l, String template) {
    if (template.startsWith("H") && !l.items().isEmpty()) {
      return Payloads.hex(l.items().get(0));
    }
    if (template.startsWith("C") || template.startsWith("U") || template.startsWith("c")) {
      return Values.chars(l.items());
    }
    return Val.unknown("packed");
  }
}

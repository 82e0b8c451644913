package dev.cmdguard.unwrap.inline;

import java.util.List;
import java.util.Map;

/**
 * JavaScript APIs that run code or compute values the analysis follows: {@code eval}, {@code
 * Function}, {@code vm}, string timers, {@code require} and dynamic {@code import}, {@code
 * Buffer}/{@code atob}/{@code String.fromCharCode} decoders, {@code path}, {@code os} and {@code
 * process} helpers.
 */
final class JsRuntime {
  private JsRuntime() {}

  private static void put(Map<String, Handler> table, Handler h, String... keys) {
    for (String k : keys) {
      table.put(k, h);
    }
  }

  /** Adds the code and value APIs to {@code table}. */
  static void install(Map<String, Handler> table) {
    codeApis(table);
    valueApis(table);
  }

  private static void codeApis(Map<String, Handler> table) {
    put(
        table,
        Handler.eval(0),
        "eval",
        "vm.runInThisContext",
        "vm.runInNewContext",
        "vm.runInContext",
        "vm.Script",
        "vm.compileFunction",
        "vm.SourceTextModule");
    put(
        table,
        c -> {
          List<Val> all = c.args().positional();
          c.eval(all.isEmpty() ? Val.str("") : all.get(all.size() - 1));
          return new Val.Ref("function");
        },
        "Function",
        "AsyncFunction");
    put(
        table,
        c -> {
          if (c.arg(0) instanceof Val.Str) {
            c.eval(c.arg(0));
          }
          return Val.unknown("timer");
        },
        "setTimeout",
        "setInterval",
        "setImmediate");
    put(
        table,
        JsRuntime::require,
        "require",
        "import",
        "module.require",
        "process.mainModule.require",
        "require.main.require",
        "module.constructor._load",
        "process.mainModule.constructor._load",
        "Module._load");
    put(table, Handler.constant(new Val.Ref("require")), "module.createRequire", "createRequire");
    put(
        table,
        c -> {
          c.opaque("an internal binding");
          return Val.unknown("binding");
        },
        "process.binding",
        "process._linkedBinding",
        "process.dlopen");
  }

  private static Val require(Call c) {
    if (c.arg(0) instanceof Val.Str s && !s.dynamic()) {
      return new Val.Ref(JsApis.module(s.text()));
    }
    c.opaque("a module loaded by a name not known");
    return Val.unknown("module");
  }

  private static void valueApis(Map<String, Handler> table) {
    put(
        table,
        c -> new Val.Inst("Buffer", decode(c.arg(0), c.args().get(1))),
        "Buffer.from",
        "Buffer");
    put(table, c -> ((Val.Inst) c.receiver()).value(), "Buffer#toString");
    put(table, c -> Payloads.base64(c.arg(0)), "atob");
    put(table, JsRuntime::fromCharCode, "String.fromCharCode", "String.fromCodePoint");
    put(
        table,
        c -> c.arg(0) instanceof Val.Str s && !s.text().contains("%") ? s : Val.unknown("decoded"),
        "decodeURIComponent",
        "decodeURI",
        "unescape");
    put(
        table,
        Handler.joinPath(),
        "path.join",
        "path.resolve",
        "path.posix.join",
        "path.posix.resolve");
    put(table, Handler.constant(Val.str("~")), "os.homedir");
    put(table, Handler.constant(Val.str("/tmp")), "os.tmpdir");
    put(table, Handler.constant(Val.str(".")), "process.cwd", "Deno.cwd");
    put(table, Handler.env(0), "Deno.env.get");
    put(table, Handler.same(0), "util.promisify", "String");
  }

  private static Val decode(Val data, Val encoding) {
    String enc = encoding instanceof Val.Str e ? e.text() : "utf8";
    return switch (enc) {
      case "base64", "base64url" -> Payloads.base64(data);
      case "hex" -> Payloads.hex(data);
      default -> data instanceof Val.Lst l ? fromCodes(l.items()) : data;
    };
  }

  private static Val fromCharCode(Call c) {
    return fromCodes(c.args().positional());
  }

  private static Val fromCodes(List<Val> codes) {
    return Values.chars(codes);
  }
}

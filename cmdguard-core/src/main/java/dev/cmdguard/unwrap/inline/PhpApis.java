package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PHP functions that run, delete, write, connect or evaluate (PHP manual: Program execution
 * functions, Filesystem, Sockets, {@code eval}, {@code assert}), the callback functions that call a
 * function named by a string, and the decoders web shells hide behind ({@code base64_decode},
 * {@code gzinflate}, {@code str_rot13}, {@code strrev}).
 */
final class PhpApis {
  static final Map<String, Handler> TABLE = new HashMap<>();

  /** Language constructs written without parentheses. */
  static final Set<String> BARE = Set.of("include", "include_once", "require", "require_once");

  /** Functions whose first argument (or second, for array_walk) names a function to call. */
  private static final Map<String, Integer> CALLBACKS =
      Map.of(
          "call_user_func",
          0,
          "call_user_func_array",
          0,
          "forward_static_call",
          0,
          "forward_static_call_array",
          0,
          "array_map",
          0,
          "array_walk",
          1,
          "array_filter",
          1,
          "usort",
          1,
          "register_shutdown_function",
          0,
          "register_tick_function",
          0);

  static {
    processApis();
    fileApis();
    networkApis();
    valueApis();
  }

  private PhpApis() {}

  static Val call(Analysis a, Semantics sem, String key, Args args, int offset, Val receiver) {
    String name = key.startsWith("\\") ? key.substring(1) : key;
    Integer callback = CALLBACKS.get(name);
    if (callback != null) {
      return callback(a, sem, name, callback, args, offset);
    }
    Handler h = TABLE.get(name);
    return h == null
        ? Val.unknown(name + "()")
        : h.apply(new Call(a, name.replace('#', '.'), args, offset, receiver));
  }

  /** {@code call_user_func('system', 'id')}: calls the named function with the other arguments. */
  private static Val callback(
      Analysis a, Semantics sem, String api, int at, Args args, int offset) {
    Val function = args.get(at);
    if (!(function instanceof Val.Str s) || s.dynamic()) {
      a.opaque("a function named by a value not known (" + api + ")");
      return Val.unknown("result");
    }
    List<Val> rest = new ArrayList<>(args.positional());
    rest.remove(at);
    boolean spread = api.endsWith("_array") || api.equals("array_map") || at == 1;
    if (spread && !rest.isEmpty() && rest.get(0) instanceof Val.Lst l && api.startsWith("array")) {
      for (Val item : l.items()) {
        sem.call(function, Args.of(item), offset);
      }
      return Val.unknown("result");
    }
    List<Val> callArgs = spread && !rest.isEmpty() ? Values.items(rest.get(0)) : rest;
    return sem.call(function, new Args(callArgs, Map.of()), offset);
  }

  private static void put(Handler h, String... keys) {
    for (String k : keys) {
      TABLE.put(k, h);
    }
  }

  private static void processApis() {
    put(Handler.shell(0), "system", "exec", "shell_exec", "passthru", "popen", "expect_popen");
    put(
        c -> {
          Val command = c.arg(0);
          if (command instanceof Val.Lst) {
            c.command(command);
          } else {
            c.shell(command);
          }
          return new Val.Inst("process", Val.unknown("process"));
        },
        "proc_open");
    put(Handler.vector(0, 1), "pcntl_exec");
    put(Handler.eval(0), "eval");
    put(
        c -> {
          Val code = c.arg(0);
          if (code instanceof Val.Str
              || code instanceof Val.Unknown u && !u.label().equals("expression")) {
            c.eval(code);
          }
          return new Val.Bool(true);
        },
        "assert");
    put(Handler.eval(1), "create_function");
    put(PhpApis::pregReplace, "preg_replace");
    put(PhpApis::include, "include", "include_once", "require", "require_once");
  }

  /** {@code preg_replace('/x/e', $code, …)}: the {@code e} modifier evaluates the replacement. */
  private static Val pregReplace(Call c) {
    String pattern = Val.text(c.arg(0));
    int end = pattern.isEmpty() ? -1 : pattern.lastIndexOf(pattern.charAt(0));
    if (end > 0 && pattern.substring(end + 1).contains("e")) {
      c.eval(c.arg(1));
    }
    return Val.unknown("replaced");
  }

  /** {@code include 'data://…;base64,…'}, {@code php://input}, URLs: code from data. */
  private static Val include(Call c) {
    String target = Val.text(c.arg(0));
    if (target.startsWith("data:")) {
      int comma = target.indexOf(',');
      String payload = comma < 0 ? "" : target.substring(comma + 1);
      c.eval(
          target.substring(0, Math.max(comma, 0)).endsWith(";base64")
              ? Payloads.base64(Val.str(payload))
              : Val.str(payload));
    } else if (target.matches("(?i)(php://(input|stdin)|https?://|ftp://).*")
        || Val.dynamic(c.arg(0))) {
      c.eval(Val.unknown("included"));
    }
    return Val.unknown("result");
  }

  private static void fileApis() {
    put(Handler.delete(0, false), "unlink", "rmdir");
    put(Handler.write(0), "file_put_contents", "touch");
    put(Handler.write(1), "symlink", "link");
    put(
        c -> {
          if (Val.text(c.arg(0)).matches("(?i)(https?|ftp)://.*")) {
            c.network(false);
          }
          c.write(c.arg(1));
          return new Val.Bool(true);
        },
        "copy");
    put(Handler.move(0, 1), "rename", "move_uploaded_file");
    put(
        c -> {
          String target = Val.text(c.arg(0));
          if (target.matches("(?i)(https?|ftp)://.*")) {
            c.network(false);
          } else if (Val.text(c.arg(1)).matches(".*[waxc+].*")) {
            c.write(c.arg(0));
          }
          return Val.unknown("handle");
        },
        "fopen");
  }

  private static void networkApis() {
    put(
        Handler.network(true),
        "fsockopen",
        "pfsockopen",
        "stream_socket_client",
        "stream_socket_server",
        "socket_connect",
        "socket_bind");
    put(Handler.network(false), "curl_exec", "curl_multi_exec", "ftp_connect", "ftp_ssl_connect");
    put(
        c -> {
          if (Val.text(c.arg(0)).matches("(?i)(https?|ftp)://.*")) {
            c.network(false);
          }
          return Val.unknown("content");
        },
        "file_get_contents",
        "file",
        "readfile",
        "get_headers");
  }

  private static void valueApis() {
    put(c -> Payloads.base64(c.arg(0)), "base64_decode");
    put(c -> Payloads.rot13(c.arg(0)), "str_rot13");
    put(c -> Payloads.hex(c.arg(0)), "hex2bin");
    put(c -> Payloads.inflate(c.arg(0), Payloads.Compression.RAW), "gzinflate");
    put(c -> Payloads.inflate(c.arg(0), Payloads.Compression.ZLIB), "gzuncompress");
    put(c -> Payloads.inflate(c.arg(0), Payloads.Compression.GZIP), "gzdecode");
    put(
        c ->
            c.arg(0) instanceof Val.Str s
                ? Values.stringMethod(s, "reverse", Args.NONE)
                : Val.unknown("text"),
        "strrev");
    put(
        c ->
            c.arg(0) instanceof Val.Str s
                ? Values.stringMethod(s, "lower", Args.NONE)
                : Val.unknown("text"),
        "strtolower");
    put(
        c ->
            c.arg(0) instanceof Val.Str s
                ? Values.stringMethod(s, "strip", Args.NONE)
                : Val.unknown("text"),
        "trim");
    put(c -> Values.chr(c.arg(0)), "chr");
    put(c -> Values.join(Val.text(c.arg(0)), c.arg(1)), "implode", "join");
    put(
        c -> c.arg(0) instanceof Val.Str f ? Values.format(f, c.from(1)) : Val.unknown("formatted"),
        "sprintf");
    put(
        c ->
            c.arg(2) instanceof Val.Str s
                ? Values.stringMethod(s, "replace", Args.of(c.arg(0), c.arg(1)))
                : Val.unknown("replaced"),
        "str_replace");
    put(
        c -> c.arg(0) instanceof Val.Str s && !s.text().contains("%") ? s : Val.unknown("decoded"),
        "urldecode",
        "rawurldecode");
    put(
        c ->
            c.args().named().isEmpty()
                ? new Val.Lst(c.args().positional())
                : new Val.Obj(c.args().named()),
        "array");
    put(Handler.env(0), "getenv");
    put(Handler.constant(new Val.Ref("closure")), "fn", "function");
    put(c -> Values.glob(c.arg(0)), "glob");
    put(Handler.constant(Val.str("/tmp")), "sys_get_temp_dir");
    put(Handler.constant(Val.str(".")), "getcwd");
  }
}

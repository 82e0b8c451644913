package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Node.js, Bun and Deno APIs that run, delete, write, connect or evaluate, keyed by module path
 * ({@code child_process.execSync}, {@code fs.promises.rm}); instance methods as {@code type#name}.
 * Sources: the Node.js API docs ({@code child_process}, {@code fs}, {@code vm}, {@code net}), Bun's
 * {@code Bun.spawn} and {@code $} shell, Deno's {@code Deno.Command}.
 */
final class JsApis {
  static final Map<String, Handler> TABLE = new HashMap<>();

  /** Method names specific enough to resolve on a receiver that is not known. */
  private static final Map<String, String> UNIQUE =
      Map.of(
          "execSync", "child_process.execSync",
          "execFileSync", "child_process.execFileSync",
          "spawnSync", "child_process.spawnSync",
          "rmSync", "fs.rmSync",
          "rmdirSync", "fs.rmdirSync",
          "unlinkSync", "fs.unlinkSync",
          "writeFileSync", "fs.writeFileSync");

  static {
    processApis();
    fileApis();
    networkApis();
    JsRuntime.install(TABLE);
  }

  private JsApis() {}

  static Val call(Analysis a, String key, Args args, int offset, Val receiver) {
    String api =
        key.startsWith("fs-extra.") && !TABLE.containsKey(key) ? "fs." + key.substring(9) : key;
    Handler h = TABLE.get(api);
    if (h == null) {
      api =
          UNIQUE.getOrDefault(
              key.substring(Math.max(key.lastIndexOf('.'), key.lastIndexOf('#')) + 1), key);
      h = TABLE.get(api);
    }
    if (h == null) {
      return Val.unknown(key + "()");
    }
    return h.apply(new Call(a, api.replace('#', '.'), args, offset, receiver));
  }

  /** A module name as a path: {@code node:fs/promises} is {@code fs.promises}. */
  static String module(String name) {
    String m = name.startsWith("node:") ? name.substring(5) : name;
    return m.equals("fs/promises") ? "fs.promises" : m;
  }

  /** True for modules and objects whose members may run or delete things. */
  static boolean sensitive(String path) {
    String prefix = path + ".";
    return path.equals("globalThis")
        || path.equals("global")
        || path.equals("window")
        || TABLE.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  private static void put(Handler h, String... keys) {
    for (String k : keys) {
      TABLE.put(k, h);
    }
  }

  private static void processApis() {
    put(
        Handler.shell(0),
        "child_process.exec",
        "child_process.execSync",
        "shelljs.exec",
        "Bun.$",
        "bun.$",
        "zx.$");
    put(
        JsApis::spawn,
        "child_process.spawn",
        "child_process.spawnSync",
        "child_process.execFile",
        "child_process.execFileSync",
        "execa.execa",
        "execa.execaSync",
        "execa",
        "cross-spawn",
        "cross-spawn.sync");
    put(
        c -> {
          List<Val> argv = new ArrayList<>(List.of(Val.str("node"), c.arg(0)));
          argv.addAll(Values.argumentList(c.args().get(1)));
          c.argv(argv);
          return Val.unknown("process");
        },
        "child_process.fork");
    put(Handler.command(0), "execa.execaCommand", "execa.execaCommandSync", "execa.$");
    put(
        c -> {
          Val first = c.arg(0);
          c.command(
              first instanceof Val.Obj o
                  ? o.fields().getOrDefault("cmd", Val.unknown("cmd"))
                  : first);
          return new Val.Inst("process", Val.unknown("process"));
        },
        "Bun.spawn",
        "Bun.spawnSync",
        "Deno.run");
    put(
        c -> {
          List<Val> argv = new ArrayList<>(List.of(c.arg(0)));
          if (c.arg(1) instanceof Val.Obj o) {
            argv.addAll(Values.argumentList(o.fields().get("args")));
          } else {
            argv.addAll(Values.argumentList(c.args().get(1)));
          }
          c.argv(argv);
          return new Val.Inst("Deno.Command", Val.unknown("command"));
        },
        "Deno.Command");
  }

  /** {@code spawn(cmd, [args], {shell})}: an argv, or a shell script when {@code shell} is set. */
  private static Val spawn(Call c) {
    Val program = c.arg(0);
    List<Val> rest = Values.argumentList(c.args().get(1));
    Val options = c.args().get(1) instanceof Val.Obj ? c.arg(1) : c.arg(2);
    boolean shell =
        options instanceof Val.Obj o
            && o.fields().containsKey("shell")
            && Values.truthy(o.fields().get("shell"));
    List<Val> argv = new ArrayList<>(List.of(program));
    argv.addAll(rest);
    if (shell) {
      c.shell(Values.join(" ", new Val.Lst(argv)));
    } else {
      c.argv(argv);
    }
    return new Val.Inst("process", Val.unknown("process"));
  }

  private static void fileApis() {
    put(
        JsApis::remove,
        "fs.rmSync",
        "fs.rm",
        "fs.promises.rm",
        "fs.rmdirSync",
        "fs.rmdir",
        "fs.promises.rmdir",
        "Deno.remove",
        "Deno.removeSync");
    put(Handler.delete(0, false), "fs.unlinkSync", "fs.unlink", "fs.promises.unlink");
    put(
        Handler.delete(0, true),
        "rimraf",
        "rimraf.sync",
        "rimraf.rimraf",
        "rimraf.rimrafSync",
        "rimraf.native",
        "rimraf.nativeSync",
        "del",
        "del.deleteAsync",
        "del.deleteSync",
        "fs-extra.remove",
        "fs-extra.removeSync",
        "fs-extra.emptyDir",
        "fs-extra.emptyDirSync");
    put(JsApis::shelljsRm, "shelljs.rm");
    put(
        Handler.write(0),
        "fs.writeFileSync",
        "fs.writeFile",
        "fs.appendFileSync",
        "fs.appendFile",
        "fs.createWriteStream",
        "fs.truncateSync",
        "fs.truncate",
        "fs.promises.writeFile",
        "fs.promises.appendFile",
        "fs.promises.truncate",
        "fs-extra.outputFile",
        "fs-extra.outputFileSync",
        "Deno.writeTextFile",
        "Deno.writeTextFileSync",
        "Deno.writeFile",
        "Deno.writeFileSync",
        "Bun.write");
    put(
        Handler.write(1),
        "fs.copyFileSync",
        "fs.copyFile",
        "fs.cpSync",
        "fs.cp",
        "fs.promises.copyFile",
        "fs.promises.cp",
        "fs.symlinkSync",
        "fs.symlink",
        "fs.linkSync",
        "fs.link",
        "Deno.copyFile",
        "Deno.copyFileSync");
    put(
        Handler.move(0, 1),
        "fs.renameSync",
        "fs.rename",
        "fs.promises.rename",
        "fs-extra.move",
        "fs-extra.moveSync",
        "Deno.rename",
        "Deno.renameSync");
    put(
        c -> {
          Val flags = c.arg(1, "flags");
          if (flags instanceof Val.Str s && (s.dynamic() || s.text().matches(".*[wa+].*"))) {
            c.write(c.arg(0));
          }
          return Val.unknown("fd");
        },
        "fs.openSync",
        "fs.open",
        "fs.promises.open");
  }

  /** {@code fs.rmSync(path, {recursive: true})}: recursive when the option is set (or unknown). */
  private static Val remove(Call c) {
    Val options = c.args().get(1);
    boolean recursive =
        options != null
            && !(options instanceof Val.Obj o
                && !Values.truthy(o.fields().getOrDefault("recursive", new Val.Bool(false))));
    c.delete(c.arg(0), recursive);
    return Val.unknown("result");
  }

  /** {@code shell.rm('-rf', path…)}. */
  private static Val shelljsRm(Call c) {
    List<Val> args = c.args().positional();
    boolean flags = !args.isEmpty() && args.get(0) instanceof Val.Str s && s.text().startsWith("-");
    boolean recursive = flags && Val.text(args.get(0)).matches("-.*[rR].*");
    for (Val v : Val.flatten(args.subList(flags ? 1 : 0, args.size()))) {
      c.delete(v, recursive);
    }
    return Val.unknown("result");
  }

  private static void networkApis() {
    put(
        Handler.network(false),
        "http.get",
        "http.request",
        "https.get",
        "https.request",
        "fetch",
        "axios",
        "axios.get",
        "axios.post",
        "axios.put",
        "axios.delete",
        "axios.request",
        "axios.patch",
        "got",
        "node-fetch",
        "undici.request",
        "undici.fetch",
        "XMLHttpRequest",
        "WebSocket");
    put(
        Handler.network(true),
        "net.connect",
        "net.createConnection",
        "tls.connect",
        "net.createServer",
        "net.Socket#connect",
        "Deno.connect",
        "Deno.connectTls",
        "Deno.listen",
        "Bun.connect",
        "Bun.listen",
        "dgram.createSocket");
    put(Handler.instance(-1), "net.Socket");
  }
}

package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Ruby core and standard-library APIs that run, delete, write, connect or evaluate (Kernel
 * {@code system}/{@code exec}/{@code spawn}/{@code open("|cmd")}, IO.popen, Open3, FileUtils, File,
 * Dir, Pathname, Net::HTTP, TCPSocket, {@code eval} and friends), and value methods used to hide
 * payloads ({@code unpack1('m')}, {@code pack('H*')}, {@code Integer#chr}).
 */
final class RubyApis {
  static final Map<String, Handler> TABLE = new HashMap<>();

  /** APIs without arguments that give a value, called when named ({@code Dir.home}). */
  static final java.util.Set<String> VALUES = java.util.Set.of("Dir.home", "Dir.pwd", "Dir.getwd");

  private static final Map<String, String> UNIQUE =
      Map.of(
          "rm_rf",
          "FileUtils.rm_rf",
          "rm_r",
          "FileUtils.rm_r",
          "rmtree",
          "FileUtils.rmtree",
          "instance_eval",
          "instance_eval",
          "class_eval",
          "instance_eval",
          "module_eval",
          "instance_eval");

  static {
    processApis();
    fileApis();
    networkApis();
    RubyValues.install(TABLE);
  }

  private RubyApis() {}

  /** A path without a {@code Kernel.}, {@code Process.} or {@code ::} prefix. */
  static String canonical(String path) {
    String p = path.startsWith("::") ? path.substring(2) : path;
    for (String prefix : List.of("Kernel.", "Kernel::", "Object.")) {
      if (p.startsWith(prefix)) {
        return p.substring(prefix.length());
      }
    }
    return p.replace("FileUtils::", "FileUtils.");
  }

  static Val call(Analysis a, String key, Args args, int offset, Val receiver) {
    Handler h = TABLE.get(key);
    String api = key;
    if (h == null) {
      api =
          UNIQUE.getOrDefault(
              key.substring(Math.max(key.lastIndexOf('.'), key.lastIndexOf('#')) + 1), key);
      h = TABLE.get(api);
    }
    return h == null
        ? Val.unknown(key + "()")
        : h.apply(new Call(a, api.replace('#', '.'), args, offset, receiver));
  }

  private static void put(Handler h, String... keys) {
    for (String k : keys) {
      TABLE.put(k, h);
    }
  }

  /**
   * Kernel#system and friends: an optional env hash first, options last; one string goes to the
   * shell, a list or several strings are an argv ({@code [cmd, argv0]} as the first names the
   * program).
   */
  private static Val process(Call c) {
    List<Val> args = new ArrayList<>(c.args().positional());
    if (!args.isEmpty() && args.get(0) instanceof Val.Obj) {
      args.remove(0);
    }
    if (!args.isEmpty() && args.get(args.size() - 1) instanceof Val.Obj) {
      args.remove(args.size() - 1);
    }
    if (args.size() == 1 && !(args.get(0) instanceof Val.Lst)) {
      c.shell(args.get(0));
    } else if (!args.isEmpty()) {
      List<Val> argv = new ArrayList<>();
      argv.add(
          args.get(0) instanceof Val.Lst pair && !pair.items().isEmpty()
              ? pair.items().get(0)
              : args.get(0));
      if (args.size() == 1 && args.get(0) instanceof Val.Lst l) {
        argv = Val.flatten(l.items());
      }
      argv.addAll(Val.flatten(args.subList(1, args.size())));
      c.argv(argv);
    }
    return Val.unknown("status");
  }

  private static void processApis() {
    put(
        RubyApis::process,
        "system",
        "exec",
        "spawn",
        "Process.spawn",
        "Process.exec",
        "IO.popen",
        "Open3.popen3",
        "Open3.popen2",
        "Open3.popen2e",
        "Open3.capture2",
        "Open3.capture2e",
        "Open3.capture3",
        "Open3.pipeline",
        "Open3.pipeline_r",
        "Open3.pipeline_w",
        "PTY.spawn");
    put(
        RubyApis::open,
        "open",
        "IO.read",
        "IO.readlines",
        "IO.foreach",
        "IO.binread",
        "IO.write",
        "URI.open");
    put(
        Handler.eval(0),
        "eval",
        "instance_eval",
        "Binding#eval",
        "binding.eval",
        "RubyVM::InstructionSequence.compile");
    put(Handler.evalData(), "Marshal.load", "YAML.unsafe_load", "load");
    put(
        c -> c.arg(0) instanceof Val.Str s && !s.dynamic() ? new Val.Ref(s.text()) : constGet(c),
        "const_get",
        "Object.const_get");
  }

  private static Val constGet(Call c) {
    c.opaque("a constant looked up by a name not known");
    return Val.unknown("constant");
  }

  /** Kernel#open and IO.read: {@code "|cmd"} runs a command; a URL fetches; a mode may write. */
  private static Val open(Call c) {
    Val.Str target = Val.asStr(c.arg(0));
    String text = target.text();
    if (text.startsWith("|")) {
      c.shell(new Val.Str(text.substring(1), target.dynamic()));
    } else if (text.matches("(?i)(https?|ftp)://.*")) {
      c.network(false);
    } else if (c.api().equals("IO.write")
        || c.arg(1) instanceof Val.Str mode && mode.text().matches(".*[wa+].*")) {
      c.write(target);
    }
    return Val.unknown("io");
  }

  private static void fileApis() {
    put(
        Handler.deleteAll(true),
        "FileUtils.rm_rf",
        "FileUtils.rm_r",
        "FileUtils.rmtree",
        "FileUtils.remove_dir",
        "FileUtils.remove_entry",
        "FileUtils.remove_entry_secure");
    put(
        Handler.deleteAll(false),
        "FileUtils.rm",
        "FileUtils.rm_f",
        "FileUtils.remove",
        "FileUtils.safe_unlink",
        "FileUtils.rmdir",
        "FileUtils.remove_file",
        "File.delete",
        "File.unlink",
        "Dir.rmdir",
        "Dir.delete",
        "Dir.unlink");
    put(
        c -> {
          c.delete(((Val.Inst) c.receiver()).value(), c.api().endsWith("rmtree"));
          return Val.unknown("result");
        },
        "Pathname#delete",
        "Pathname#unlink",
        "Pathname#rmdir",
        "Pathname#rmtree");
    put(c -> new Val.Inst("Pathname", c.arg(0)), "Pathname.new", "Pathname");
    put(Handler.move(0, 1), "FileUtils.mv", "FileUtils.move", "File.rename");
    put(
        Handler.write(1),
        "FileUtils.cp",
        "FileUtils.copy",
        "FileUtils.cp_r",
        "FileUtils.install",
        "FileUtils.ln_s",
        "FileUtils.ln",
        "File.symlink",
        "File.link");
    put(Handler.write(0), "File.write", "File.binwrite", "File.truncate", "FileUtils.touch");
    put(
        c -> {
          if (c.arg(1) instanceof Val.Str mode && mode.text().matches(".*[wa+].*")) {
            c.write(c.arg(0));
          }
          return Val.unknown("file");
        },
        "File.open",
        "File.new");
  }

  private static void networkApis() {
    put(
        Handler.network(false),
        "Net::HTTP.get",
        "Net::HTTP.get_response",
        "Net::HTTP.post",
        "Net::HTTP.post_form",
        "Net::HTTP.start",
        "Net::HTTP.new",
        "HTTParty.get",
        "HTTParty.post",
        "Faraday.get",
        "Faraday.post",
        "RestClient.get",
        "RestClient.post");
    put(
        Handler.network(true),
        "TCPSocket.new",
        "TCPSocket.open",
        "Socket.tcp",
        "Socket.new",
        "UDPSocket.new",
        "TCPServer.new",
        "TCPServer.open");
    put(
        c -> {
          c.analysis().duplicate();
          return Val.unknown("io");
        },
        "?#reopen");
  }
}

package dev.cmdguard.unwrap.inline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Perl built-ins and core modules that run, delete, write, connect or evaluate (perlfunc:
 * {@code system}, {@code exec}, {@code open}, {@code unlink}, {@code eval}; File::Path, File::Copy,
 * IPC::Open3, IO::Socket, LWP, MIME::Base64). Arguments arrive flattened, as Perl passes them.
 */
final class PerlApis {
  static final Map<String, Handler> TABLE = new HashMap<>();
  private static final Set<String> STD = Set.of("STDIN", "STDOUT", "STDERR");

  static {
    processApis();
    fileApis();
    networkApis();
    valueApis();
  }

  private PerlApis() {}

  static Val call(Analysis a, String key, Args args, int offset, Val receiver) {
    String api = TABLE.containsKey(key) || !TABLE.containsKey(key + "->new") ? key : key + "->new";
    Handler h = TABLE.get(api);
    return h == null ? Val.unknown(key + "()") : h.apply(new Call(a, api, args, offset, receiver));
  }

  private static void put(Handler h, String... keys) {
    for (String k : keys) {
      TABLE.put(k, h);
    }
  }

  /** perlfunc system/exec: one argument goes to the shell, several are an argv. */
  private static Handler listOrShell(int from) {
    return c -> {
      List<Val> args = c.from(from);
      if (args.size() == 1) {
        c.shell(args.get(0));
      } else if (args.size() > 1) {
        c.argv(args);
      }
      return Val.unknown("status");
    };
  }

  private static void processApis() {
    put(listOrShell(0), "system", "exec");
    put(Handler.shell(0), "readpipe");
    put(listOrShell(2), "open2", "IPC::Open2::open2");
    put(listOrShell(3), "open3", "IPC::Open3::open3");
    put(PerlApis::open, "open");
    put(
        c -> {
          c.analysis().duplicate();
          return Val.unknown("fd");
        },
        "POSIX::dup2",
        "dup2",
        "STDIN->fdopen",
        "STDOUT->fdopen",
        "STDERR->fdopen");
    put(Handler.eval(0), "eval");
    put(
        c -> {
          if (c.arg(0) instanceof Val.Str) {
            c.eval(Val.unknown("file"));
          }
          return Val.unknown("result");
        },
        "do");
  }

  /** perlfunc open: two-argument modes in the string, or a separate mode. */
  private static Val open(Call c) {
    Val handle = c.arg(0);
    if (c.args().size() == 2) {
      return twoArgumentOpen(c, handle, Val.asStr(c.arg(1)));
    }
    String mode = Val.text(c.arg(1)).strip();
    if (mode.equals("-|") || mode.equals("|-")) {
      listOrShell(2).apply(c);
    } else if (mode.startsWith(">&") || mode.startsWith("+>&")) {
      duplicate(c, handle);
    } else if (mode.startsWith(">") || mode.startsWith("+")) {
      c.write(c.arg(2));
    }
    return Val.unknown("handle");
  }

  private static Val twoArgumentOpen(Call c, Val handle, Val.Str spec) {
    String s = spec.text().strip();
    if (s.startsWith("|")) {
      c.shell(new Val.Str(s.substring(1).strip(), spec.dynamic()));
    } else if (s.endsWith("|")) {
      c.shell(new Val.Str(s.substring(0, s.length() - 1).strip(), spec.dynamic()));
    } else if (s.startsWith(">&") || s.startsWith("+>&") || s.startsWith("<&")) {
      duplicate(c, handle);
    } else if (s.startsWith(">") || s.startsWith("+<") || s.startsWith("+>")) {
      c.write(new Val.Str(s.replaceFirst("^\\+?[<>]+\\s*", ""), spec.dynamic()));
    }
    return Val.unknown("handle");
  }

  private static void duplicate(Call c, Val handle) {
    if (handle instanceof Val.Ref r && STD.contains(r.path())) {
      c.analysis().duplicate();
    }
  }

  private static void fileApis() {
    put(Handler.deleteAll(false), "unlink", "rmdir", "CORE::unlink");
    put(
        PerlApis::rmtree,
        "rmtree",
        "remove_tree",
        "File::Path::rmtree",
        "File::Path::remove_tree",
        "File::Remove::remove",
        "File::Remove::rm");
    put(Handler.move(0, 1), "rename", "move", "mv", "File::Copy::move", "File::Copy::mv");
    put(Handler.write(1), "copy", "cp", "File::Copy::copy", "File::Copy::cp", "symlink", "link");
    put(Handler.write(0), "truncate", "File::Slurp::write_file", "write_file");
  }

  /** File::Path: every path argument; numbers and option hashes are not paths. */
  private static Val rmtree(Call c) {
    for (Val v : c.args().positional()) {
      if (!(v instanceof Val.Num || v instanceof Val.Obj)) {
        c.delete(v, true);
      }
    }
    return Val.unknown("count");
  }

  private static void networkApis() {
    put(
        Handler.network(true),
        "connect",
        "IO::Socket::INET->new",
        "IO::Socket::IP->new",
        "IO::Socket::SSL->new",
        "IO::Socket->new",
        "IO::Socket::INET::new");
    put(
        Handler.network(false),
        "LWP::Simple::get",
        "LWP::Simple::getprint",
        "LWP::Simple::head",
        "getprint",
        "LWP::UserAgent->new",
        "HTTP::Tiny->new",
        "Net::FTP->new",
        "Net::SMTP->new",
        "Net::Telnet->new");
    put(
        c -> {
          c.network(false);
          c.write(c.arg(1));
          return Val.unknown("status");
        },
        "getstore",
        "mirror",
        "LWP::Simple::getstore",
        "LWP::Simple::mirror");
  }

  private static void valueApis() {
    put(
        c -> Payloads.base64(c.arg(0)),
        "decode_base64",
        "MIME::Base64::decode_base64",
        "MIME::Base64::decode");
    put(PerlApis::pack, "pack");
    put(c -> Values.chr(c.arg(0)), "chr");
    put(
        c ->
            c.arg(0) instanceof Val.Str sep
                ? Values.join(sep.text(), new Val.Lst(c.from(1)))
                : Val.unknown("joined"),
        "join");
    put(
        c ->
            c.args().size() == 1 && c.arg(0) instanceof Val.Str s
                ? Values.stringMethod(s, "reverse", Args.NONE)
                : Val.unknown("reversed"),
        "reverse");
    put(
        c ->
            c.arg(0) instanceof Val.Str s
                ? Values.stringMethod(s, "lower", Args.NONE)
                : Val.unknown("text"),
        "lc");
    put(
        c ->
            c.arg(0) instanceof Val.Str s
                ? Values.stringMethod(s, "upper", Args.NONE)
                : Val.unknown("text"),
        "uc");
    put(
        c -> c.arg(0) instanceof Val.Str f ? Values.format(f, c.from(1)) : Val.unknown("formatted"),
        "sprintf");
    put(
        c -> Payloads.inflate(c.arg(0), Payloads.Compression.ZLIB),
        "Compress::Zlib::uncompress",
        "uncompress");
    put(
        c -> Payloads.inflate(c.arg(0), Payloads.Compression.GZIP),
        "Compress::Zlib::memGunzip",
        "memGunzip");
    put(c -> Values.glob(c.arg(0)), "glob");
    put(Handler.constant(Val.str("~")), "File::HomeDir->my_home");
    put(Handler.constant(Val.str(".")), "getcwd", "cwd", "Cwd::getcwd", "Cwd::cwd");
    put(
        c -> Values.joinPath(c.args().positional()),
        "File::Spec->catfile",
        "File::Spec->catdir",
        "catfile",
        "catdir");
  }

  /** {@code pack('H*', hex)} and {@code pack('C*', codes…)}. */
  private static Val pack(Call c) {
    String template = Val.text(c.arg(0));
    if (template.startsWith("H")) {
      return Payloads.hex(c.arg(1));
    }
    if (template.startsWith("C") || template.startsWith("U") || template.startsWith("c")) {
      return Values.chars(c.from(1));
    }
    return Val.unknown("packed");
  }
}

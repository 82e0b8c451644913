package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python standard-library (and {@code requests}/{@code httpx}) APIs that run, delete, write,
 * connect or evaluate, keyed by module path; instance methods as {@code type#name}. Sources: the
 * Python Library Reference for {@code os}, {@code subprocess}, {@code shutil}, {@code pathlib},
 * {@code pty}, {@code socket}; the reverse-shell and obfuscation idioms of PayloadsAllTheThings.
 */
final class PythonApis {
  static final Map<String, Handler> TABLE = new HashMap<>();

  /** Method names specific enough to resolve on a receiver that is not known. */
  private static final Map<String, String> UNIQUE =
      Map.of(
          "rmtree", "shutil.rmtree",
          "check_output", "subprocess.check_output",
          "check_call", "subprocess.check_call",
          "getoutput", "subprocess.getoutput",
          "getstatusoutput", "subprocess.getstatusoutput",
          "urlopen", "urllib.request.urlopen",
          "b64decode", "base64.b64decode");

  static {
    shellApis();
    processApis();
    PythonFiles.install(TABLE);
    networkApis();
    codeApis();
    PythonValues.install(TABLE);
  }

  private PythonApis() {}

  static Val call(Analysis a, String key, Args args, int offset, Val receiver) {
    Handler h = TABLE.get(key);
    String api = key;
    if (h == null) {
      String last = key.substring(Math.max(key.lastIndexOf('.'), key.lastIndexOf('#')) + 1);
      api = UNIQUE.getOrDefault(last, key);
      h = TABLE.get(api);
    }
    if (h == null) {
      return Val.unknown(key + "()");
    }
    return h.apply(new Call(a, api.replace('#', '.'), args, offset, receiver));
  }

  /** True when some API lives under {@code path} ({@code os}, {@code subprocess}). */
  static boolean hasApisUnder(String path) {
    String prefix = path + ".";
    return TABLE.keySet().stream().anyMatch(k -> k.startsWith(prefix)) || path.equals("builtins");
  }

  private static void put(Handler h, String... keys) {
    for (String k : keys) {
      TABLE.put(k, h);
    }
  }

  private static void shellApis() {
    put(
        Handler.shell(0),
        "os.system",
        "os.popen",
        "os.popen2",
        "os.popen3",
        "os.popen4",
        "popen2.popen2",
        "popen2.popen3",
        "popen2.popen4",
        "subprocess.getoutput",
        "subprocess.getstatusoutput",
        "commands.getoutput",
        "commands.getstatusoutput",
        "asyncio.create_subprocess_shell",
        "platform.popen",
        "posix.system");
    put(
        PythonApis::subprocess,
        "subprocess.run",
        "subprocess.call",
        "subprocess.check_call",
        "subprocess.check_output",
        "subprocess.Popen");
  }

  /** {@code subprocess.*}: a shell when {@code shell=} is true, else an argv. */
  private static Val subprocess(Call c) {
    Val command = c.arg(0, "args");
    Val shell = c.args().named().get("shell");
    if (shell != null && Values.truthy(shell)) {
      c.shell(command instanceof Val.Lst l && !l.items().isEmpty() ? l.items().get(0) : command);
    } else {
      c.command(command);
    }
    return Val.unknown("process");
  }

  private static void processApis() {
    put(
        Handler.vector(0, 1),
        "os.execv",
        "os.execve",
        "os.execvp",
        "os.execvpe",
        "os.posix_spawn",
        "os.posix_spawnp");
    put(Handler.vector(1, 2), "os.spawnv", "os.spawnve", "os.spawnvp", "os.spawnvpe");
    put(list(0, false), "os.execl", "os.execlp");
    put(list(0, true), "os.execle", "os.execlpe");
    put(list(1, false), "os.spawnl", "os.spawnlp");
    put(list(1, true), "os.spawnle", "os.spawnlpe");
    put(Handler.command(0), "pty.spawn");
    put(Handler.argvFrom(0), "asyncio.create_subprocess_exec");
    put(
        c -> {
          c.analysis().duplicate();
          return Val.unknown("fd");
        },
        "os.dup2");
  }

  /** {@code os.execl(path, arg0, arg1…)}: the program, then the arguments after argv[0]. */
  private static Handler list(int program, boolean env) {
    return c -> {
      List<Val> args = c.from(program + 2);
      List<Val> argv = new ArrayList<>();
      argv.add(c.arg(program));
      argv.addAll(env && !args.isEmpty() ? args.subList(0, args.size() - 1) : args);
      c.argv(argv);
      return Val.unknown("process");
    };
  }

  private static void networkApis() {
    put(
        Handler.network(false),
        "urllib.request.urlopen",
        "urllib.urlopen",
        "urllib2.urlopen",
        "http.client.HTTPConnection",
        "http.client.HTTPSConnection",
        "httplib.HTTPConnection",
        "httplib.HTTPSConnection",
        "ftplib.FTP",
        "smtplib.SMTP",
        "xmlrpc.client.ServerProxy",
        "requests.Session#get",
        "requests.Session#post",
        "requests.Session#request");
    for (String verb :
        List.of("get", "post", "put", "patch", "delete", "head", "options", "request", "stream")) {
      put(Handler.network(false), "requests." + verb, "httpx." + verb);
    }
    put(
        c -> {
          c.network(false);
          c.write(c.arg(1));
          return Val.unknown("download");
        },
        "urllib.request.urlretrieve",
        "urllib.urlretrieve");
    put(Handler.instance(-1), "socket.socket", "socket.fromfd", "requests.Session");
    put(
        Handler.network(true),
        "socket.create_connection",
        "telnetlib.Telnet",
        "socket.socket#connect",
        "socket.socket#connect_ex",
        "socket.socket#bind");
  }

  private static void codeApis() {
    put(
        Handler.eval(0),
        "exec",
        "eval",
        "compile",
        "builtins.exec",
        "builtins.eval",
        "builtins.compile",
        "__builtins__.exec",
        "__builtins__.eval");
    put(
        Handler.evalData(),
        "execfile",
        "pickle.loads",
        "cPickle.loads",
        "_pickle.loads",
        "marshal.loads",
        "dill.loads",
        "types.FunctionType",
        "runpy.run_path",
        "runpy.run_module",
        "pickle.load",
        "marshal.load");
    put(
        PythonApis::importModule,
        "__import__",
        "importlib.import_module",
        "importlib.__import__",
        "builtins.__import__");
    put(PythonApis::getattr, "getattr", "builtins.getattr");
    put(c -> new Val.Inst("namespace", Val.unknown("namespace")), "globals", "locals", "vars");
    put(
        c -> {
          c.opaque("a function found by name at run time");
          return Val.unknown("function");
        },
        "operator.attrgetter",
        "operator.methodcaller",
        "ctypes.CDLL",
        "ctypes.cdll.LoadLibrary");
  }

  private static Val importModule(Call c) {
    Val name = c.arg(0, "name");
    if (name instanceof Val.Str s && !s.dynamic()) {
      return new Val.Ref(s.text());
    }
    c.opaque("a module imported by a name not known");
    return Val.unknown("module");
  }

  private static Val getattr(Call c) {
    if (c.arg(1) instanceof Val.Str s && !s.dynamic()) {
      return Values.member(c.arg(0), ".", s.text());
    }
    c.opaque("an attribute looked up by a name not known");
    return Val.unknown("attribute");
  }
}

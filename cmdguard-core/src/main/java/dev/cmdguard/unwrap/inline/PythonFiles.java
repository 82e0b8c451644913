package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python file-system APIs that delete, move or write: {@code shutil.rmtree}, {@code os.remove},
 * {@code os.rename}, {@code shutil.copy}, {@code open(p, 'w')}, {@code os.open}, and {@code
 * pathlib.Path} objects with their {@code unlink}, {@code rmdir}, {@code write_text}, {@code
 * rename} and {@code /} joins.
 */
final class PythonFiles {
  private PythonFiles() {}

  private static void put(Map<String, Handler> table, Handler h, String... keys) {
    for (String k : keys) {
      table.put(k, h);
    }
  }

  /** Adds the file APIs to {@code table}. */
  static void install(Map<String, Handler> table) {
    put(table, Handler.delete(0, true), "shutil.rmtree");
    put(table, Handler.delete(0, false), "os.remove", "os.unlink", "os.rmdir", "os.removedirs");
    put(table, Handler.move(0, 1), "shutil.move", "os.rename", "os.replace", "os.renames");
    put(
        table,
        Handler.write(1),
        "shutil.copy",
        "shutil.copy2",
        "shutil.copyfile",
        "shutil.copytree",
        "os.symlink",
        "os.link");
    put(table, Handler.write(0), "os.truncate", "os.mkfifo");
    put(table, PythonFiles::open, "open", "io.open", "codecs.open", "builtins.open");
    put(
        table,
        c -> {
          if (!(c.arg(1) instanceof Val.Ref r && r.path().endsWith("O_RDONLY"))) {
            c.write(c.arg(0));
          }
          return Val.unknown("fd");
        },
        "os.open");
    put(
        table,
        PythonFiles::path,
        "pathlib.Path",
        "pathlib.PosixPath",
        "pathlib.PurePath",
        "pathlib.PurePosixPath",
        "pathlib.WindowsPath");
    put(
        table,
        c -> new Val.Inst("pathlib.Path", Val.str("~")),
        "pathlib.Path.home",
        "pathlib.PosixPath.home");
    put(
        table,
        c -> new Val.Inst("pathlib.Path", Val.str(".")),
        "pathlib.Path.cwd",
        "pathlib.PosixPath.cwd");
    put(table, receiverDelete(false), "pathlib.Path#unlink", "pathlib.Path#rmdir");
    put(
        table,
        c -> receiverWrite(c),
        "pathlib.Path#write_text",
        "pathlib.Path#write_bytes",
        "pathlib.Path#touch",
        "pathlib.Path#symlink_to");
    put(
        table,
        c -> {
          Val mode = c.arg(0, "mode");
          return mode instanceof Val.Str s && !s.dynamic() && !writes(s.text())
              ? Val.unknown("file")
              : receiverWrite(c);
        },
        "pathlib.Path#open");
    put(
        table,
        c -> {
          c.delete(((Val.Inst) c.receiver()).value(), true);
          c.write(c.arg(0));
          return Val.unknown("path");
        },
        "pathlib.Path#rename",
        "pathlib.Path#replace");
    put(
        table,
        c -> c.receiver(),
        "pathlib.Path#expanduser",
        "pathlib.Path#resolve",
        "pathlib.Path#absolute");
    put(
        table,
        c ->
            new Val.Inst(
                "pathlib.Path",
                Values.joinPath(prepend(((Val.Inst) c.receiver()).value(), c.args().positional()))),
        "pathlib.Path#joinpath");
  }

  private static Val path(Call c) {
    return new Val.Inst(
        "pathlib.Path",
        c.args().size() == 0 ? Val.str(".") : Values.joinPath(c.args().positional()));
  }

  private static Handler receiverDelete(boolean recursive) {
    return c -> {
      c.delete(((Val.Inst) c.receiver()).value(), recursive);
      return Val.unknown("result");
    };
  }

  private static Val receiverWrite(Call c) {
    c.write(((Val.Inst) c.receiver()).value());
    return Val.unknown("result");
  }

  private static List<Val> prepend(Val first, List<Val> rest) {
    List<Val> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** {@code open(file, mode)}: a write when the mode writes, appends, creates or updates. */
  private static Val open(Call c) {
    Val mode = c.arg(1, "mode");
    boolean writing = !(mode instanceof Val.Str s) || s.dynamic() || writes(s.text());
    if (c.has(1) || c.args().named().containsKey("mode")) {
      if (writing) {
        c.write(c.arg(0, "file"));
      }
    }
    return Val.unknown("file");
  }

  private static boolean writes(String mode) {
    return mode.chars().anyMatch(ch -> "wax+".indexOf(ch) >= 0);
  }
}

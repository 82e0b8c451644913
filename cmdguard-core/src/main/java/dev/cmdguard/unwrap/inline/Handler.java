package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.List;

/** What calling one API does and gives. Factories for the common shapes. */
@FunctionalInterface
interface Handler {
  /** Records the call's effects and returns its value. */
  Val apply(Call call);

  /** Runs argument {@code i} as a shell script. */
  static Handler shell(int i) {
    return c -> {
      c.shell(c.arg(i));
      return Val.unknown("output");
    };
  }

  /** Runs argument {@code i} as a command: a list is the argv, a string is split into words. */
  static Handler command(int i) {
    return c -> {
      c.command(c.arg(i));
      return Val.unknown("process");
    };
  }

  /** Runs the positional arguments from {@code i} as an argv. */
  static Handler argvFrom(int i) {
    return c -> {
      c.argv(Val.flatten(c.from(i)));
      return Val.unknown("process");
    };
  }

  /**
   * Runs {@code program} with the argument list at {@code list} whose first item (argv[0]) is
   * replaced by the program ({@code os.execvp(file, args)}).
   */
  static Handler vector(int program, int list) {
    return c -> {
      List<Val> argv = new ArrayList<>();
      argv.add(c.arg(program));
      argv.addAll(Values.afterFirst(c.arg(list)));
      c.argv(argv);
      return Val.unknown("process");
    };
  }

  /** Deletes argument {@code i} (or each of its items). */
  static Handler delete(int i, boolean recursive) {
    return c -> {
      c.delete(c.arg(i), recursive);
      return Val.unknown("result");
    };
  }

  /**
   * Deletes every positional argument (Perl {@code unlink LIST}, Ruby {@code File.delete});
   * booleans, numbers and option maps are flags, not paths.
   */
  static Handler deleteAll(boolean recursive) {
    return c -> {
      for (Val v : Val.flatten(c.args().positional())) {
        if (!(v instanceof Val.Bool || v instanceof Val.Num || v instanceof Val.Obj)) {
          c.delete(v, recursive);
        }
      }
      return Val.unknown("result");
    };
  }

  /** Writes argument {@code i}. */
  static Handler write(int i) {
    return c -> {
      c.write(c.arg(i));
      return Val.unknown("result");
    };
  }

  /** Moves argument {@code from} to {@code to}: the source goes away, the target is written. */
  static Handler move(int from, int to) {
    return c -> {
      c.delete(c.arg(from), true);
      c.write(c.arg(to));
      return Val.unknown("result");
    };
  }

  /** A network request or connection; {@code socket} for raw sockets. */
  static Handler network(boolean socket) {
    return c -> {
      c.network(socket);
      return new Val.Inst(c.api(), Val.unknown("connection"));
    };
  }

  /** Runs argument {@code i} as code in the same language. */
  static Handler eval(int i) {
    return c -> {
      c.eval(c.arg(i));
      return Val.unknown("result");
    };
  }

  /** Runs code that cannot be known from the call (deserialisation, a file). */
  static Handler evalData() {
    return c -> {
      c.eval(Val.unknown("data"));
      return Val.unknown("result");
    };
  }

  /** Passes argument {@code i} through unchanged ({@code str(x)}, {@code os.path.abspath(p)}). */
  static Handler same(int i) {
    return c -> c.arg(i);
  }

  /** Always gives {@code v}. */
  static Handler constant(Val v) {
    return c -> v;
  }

  /** An object of type {@code api} holding argument {@code i} (or unknown). */
  static Handler instance(int i) {
    return c -> new Val.Inst(c.api(), c.args().get(i) == null ? Val.unknown("value") : c.arg(i));
  }

  /** Gives the value of an environment variable named by argument {@code i}. */
  static Handler env(int i) {
    return c -> Values.env(c.arg(i));
  }

  /** Joins the positional arguments as a path. */
  static Handler joinPath() {
    return c -> Values.joinPath(c.args().positional());
  }
}

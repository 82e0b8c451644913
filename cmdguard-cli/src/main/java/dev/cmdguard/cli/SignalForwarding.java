package dev.cmdguard.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Passes SIGINT and SIGTERM that {@code cmdguard exec} receives on to the command, and waits for
 * the command to end instead of dying first, so its exit status is what the caller sees (130 after
 * SIGINT when the command dies of it). Installed for one run and removed after it.
 *
 * <p>Choice: {@code sun.misc.Signal} handlers rather than a shutdown hook. A hook runs only as the
 * JVM exits, so cmdguard would exit 130 or 143 while the command might still be cleaning up, and
 * the command would get SIGTERM (or SIGKILL) instead of the signal that was sent. With a handler
 * the command gets the same signal and cmdguard exits with the command's own status. A shutdown
 * hook remains as a backstop: if the JVM exits anyway (SIGHUP, SIGQUIT), the command is sent
 * SIGTERM rather than left behind.
 *
 * <p>Where a signal goes: the {@code target} of the process started: the command itself on the
 * host; in bubblewrap the first process below bubblewrap's own (bubblewrap does not pass signals
 * on, it would just die and take the sandbox with it); the container engine's client, which passes
 * them to the container. SIGINT is not forwarded to a command on the host when cmdguard has a
 * controlling terminal: Ctrl-C there signals the whole foreground process group, the command
 * included, and a second SIGINT would make many programs quit harder than asked.
 *
 * <p>SIGTERM is sent with {@link ProcessHandle#destroy()}; SIGINT, which Java has no call for, by
 * the shell's {@code kill} builtin ({@code /bin/sh -c 'kill -s INT "$1"'}). {@code sun.misc.Signal}
 * (module {@code jdk.unsupported}) is reached by reflection, which keeps the build free of the
 * "internal proprietary API" warning javac cannot suppress otherwise; without it nothing is
 * forwarded and the JVM's default (exit on SIGINT and SIGTERM, the backstop hook) applies.
 */
final class SignalForwarding implements AutoCloseable {
  private static final Api API = Api.find();

  private final List<Object> signals = new ArrayList<>();
  private final List<Object> previous = new ArrayList<>();
  private final Function<ProcessHandle, ProcessHandle> target;
  private final boolean sameProcessGroup;
  private final List<String> pending = new ArrayList<>();
  private final Thread backstop = new Thread(this::backstop, "cmdguard-exec-backstop");
  private Process child;

  private SignalForwarding(
      Function<ProcessHandle, ProcessHandle> target, boolean sameProcessGroup) {
    this.target = target;
    this.sameProcessGroup = sameProcessGroup;
  }

  /**
   * Starts catching SIGINT and SIGTERM, before the child starts: a signal that arrives before
   * {@link #started} is held and passed on as soon as there is a child.
   *
   * @param target the process to signal, given the one started
   * @param sameProcessGroup true when the child shares cmdguard's process group (a host command)
   */
  static SignalForwarding install(
      Function<ProcessHandle, ProcessHandle> target, boolean sameProcessGroup) {
    SignalForwarding f = new SignalForwarding(target, sameProcessGroup);
    f.handle("INT");
    f.handle("TERM");
    try {
      Runtime.getRuntime().addShutdownHook(f.backstop);
    } catch (IllegalStateException e) {
      // the JVM is already exiting
    }
    return f;
  }

  /** The child has started: signals go to it from now on, held ones at once. */
  synchronized void started(Process process) {
    this.child = process;
    pending.forEach(this::forward);
    pending.clear();
  }

  private synchronized void received(String signal) {
    if (child == null) {
      pending.add(signal);
    } else {
      forward(signal);
    }
  }

  private void forward(String signal) {
    ProcessHandle to = target.apply(child.toHandle());
    if (signal.equals("TERM")) {
      to.destroy();
    } else if (!sameProcessGroup || !hasControllingTerminal()) {
      interrupt(to);
    }
  }

  private synchronized void backstop() {
    if (child != null) {
      child.toHandle().destroy();
    }
  }

  private void handle(String name) {
    if (API == null) {
      return;
    }
    try {
      Object signal = API.signal.newInstance(name);
      previous.add(API.handle.invoke(null, signal, API.handler(() -> received(name))));
      signals.add(signal);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      // the JVM keeps this signal for itself (-Xrs, or an OS that has none): not forwarded
    }
  }

  /** Restores the handlers that were there before. */
  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      try {
        API.handle.invoke(null, signals.get(i), previous.get(i));
      } catch (ReflectiveOperationException e) {
        // it was installed the same way a moment ago
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(backstop);
    } catch (IllegalStateException e) {
      // the JVM is exiting: the hook runs, and the child has ended anyway
    }
  }

  private static void interrupt(ProcessHandle process) {
    if (!process.isAlive()) {
      return;
    }
    try {
      new ProcessBuilder(
              "/bin/sh", "-c", "kill -s INT \"$1\"", "cmdguard-kill", Long.toString(process.pid()))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      process.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True when this process has a controlling terminal ({@code /dev/tty} opens). */
  private static boolean hasControllingTerminal() {
    try (RandomAccessFile tty = new RandomAccessFile("/dev/tty", "r")) {
      return tty.getFD().valid();
    } catch (IOException e) {
      return false;
    }
  }

  /** The first process below the runtime's own processes ({@code bwrap} and its init). */
  static ProcessHandle below(ProcessHandle started, String runtimeProgram) {
    ProcessHandle p = started;
    for (int depth = 0; depth < 4 && isRuntime(p, runtimeProgram); depth++) {
      Optional<ProcessHandle> next = p.children().findFirst();
      if (next.isEmpty()) {
        return p;
      }
      p = next.get();
    }
    return p;
  }

  private static boolean isRuntime(ProcessHandle p, String program) {
    return p.info().command().map(c -> c.endsWith("/" + program)).orElse(false);
  }

  /** {@code sun.misc.Signal(String)}, {@code Signal.handle(Signal, SignalHandler)}. */
  private record Api(Constructor<?> signal, Method handle, Class<?> handlerType) {
    static Api find() {
      try {
        Class<?> signal = Class.forName("sun.misc.Signal");
        Class<?> handler = Class.forName("sun.misc.SignalHandler");
        return new Api(
            signal.getConstructor(String.class),
            signal.getMethod("handle", signal, handler),
            handler);
      } catch (ReflectiveOperationException | LinkageError e) {
        return null;
      }
    }

    /** A {@code SignalHandler} that runs {@code forward}. */
    Object handler(Runnable forward) {
      return Proxy.newProxyInstance(
          handlerType.getClassLoader(),
          new Class<?>[] {handlerType},
          (proxy, method, args) ->
              switch (method.getName()) {
                case "handle" -> {
                  forward.run();
                  yield null;
                }
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "cmdguard signal forwarding";
              });
    }
  }
}

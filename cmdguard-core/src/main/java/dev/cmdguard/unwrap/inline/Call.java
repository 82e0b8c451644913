package dev.cmdguard.unwrap.inline;

import java.util.List;

/**
 * One call to a known API, as its {@link Handler} sees it.
 *
 * @param analysis where its effects go
 * @param api the API's name as reported in effects
 * @param args its arguments
 * @param offset where the call starts
 * @param receiver the object a method was called on, or null for a function
 */
record Call(Analysis analysis, String api, Args args, int offset, Val receiver) {

  /** The positional argument {@code i}, or an unknown value when it is missing. */
  Val arg(int i) {
    Val v = args.get(i);
    return v == null ? Val.unknown("argument") : v;
  }

  /** The keyword argument {@code name}, else the positional argument {@code i}, else unknown. */
  Val arg(int i, String name) {
    Val v = args.get(i, name);
    return v == null ? Val.unknown(name) : v;
  }

  boolean has(int i) {
    return args.get(i) != null;
  }

  List<Val> from(int i) {
    return args.from(i);
  }

  void shell(Val script) {
    analysis.shell(script, api, offset);
  }

  void argv(List<Val> argv) {
    analysis.argv(argv, api, offset);
  }

  void command(Val command) {
    analysis.command(command, api, offset);
  }

  void delete(Val path, boolean recursive) {
    analysis.delete(path, recursive, api, offset);
  }

  void write(Val path) {
    analysis.write(path, api, offset);
  }

  void network(boolean socket) {
    analysis.network(api, offset, socket);
  }

  void eval(Val code) {
    analysis.eval(code, api, offset);
  }

  void opaque(String what) {
    analysis.opaque(what + " (" + api + ")");
  }
}

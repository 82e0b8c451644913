package dev.cmdguard.rules.secrets;

/**
 * Where data that holds a secret ends up.
 *
 * @param destination what happens to it
 * @param where what the message names: the file, the program, the host
 * @param viaArgument true when the data reaches a network program as a command-line argument
 *     (through {@code $( )}) rather than as its input: for a token that is how it is used
 */
record Sink(Destination destination, String where, boolean viaArgument) {

  /** What happens to the data, from harmless to worst. */
  enum Destination {
    /** Discarded, digested or handed to a login or secret store. */
    NONE,
    /** Given to a program that is not known to print or send it. */
    USED,
    /** Loaded into shell variables or run as shell code. */
    LOADED,
    /** Written to a file that does not look like a secret. */
    SAVED,
    /** Printed to the terminal, which is the agent's transcript. */
    SHOWN,
    /** Sent to another machine. */
    SENT
  }

  static final Sink NONE = new Sink(Destination.NONE, "", false);
  static final Sink SHOWN = new Sink(Destination.SHOWN, "the output", false);

  static Sink of(Destination destination, String where) {
    return new Sink(destination, where, false);
  }

  /** The worse of the two (the first one on a tie). */
  Sink worst(Sink other) {
    return other.destination.compareTo(destination) > 0 ? other : this;
  }
}

package dev.cmdguard.cli;

/** Entry point placeholder. */
public final class Main {
  private Main() {}

  /** Runs the CLI. */
  public static void main(String[] args) {}
}

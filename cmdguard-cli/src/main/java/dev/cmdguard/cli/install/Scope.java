package dev.cmdguard.cli.install;

/** Whose settings a hook goes into. */
public enum Scope {
  /** The user's own settings: every project the user opens. */
  USER,
  /** The project's settings, in the current directory: everyone who works on the project. */
  PROJECT
}

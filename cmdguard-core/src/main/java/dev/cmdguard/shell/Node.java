package dev.cmdguard.shell;

/** Any node of the syntax tree: it knows the text it came from. */
public sealed interface Node permits Script, Command, Word, WordPart, Redirection {
  /** Where this node stands in the original command text. */
  Span span();
}

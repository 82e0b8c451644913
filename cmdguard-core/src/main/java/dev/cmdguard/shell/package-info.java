/**
 * Stage 1, parse: bash source text to the project's own syntax tree, the way bash would read it.
 *
 * <p>{@link dev.cmdguard.shell.BashParser#parse} is the entry point; the tree is made of the sealed
 * records {@link dev.cmdguard.shell.Script}, {@link dev.cmdguard.shell.Command}, {@link
 * dev.cmdguard.shell.Word}, {@link dev.cmdguard.shell.WordPart} and {@link
 * dev.cmdguard.shell.Redirection}. Parsing uses tree-sitter-bash; its types never leave this
 * package. The pipeline inside is: {@code Sanitizer} (NUL, unpaired surrogates), {@code Prelexer}
 * (here-documents and what tree-sitter mis-parses), {@code CstBuilder} (one cursor walk over
 * tree-sitter's tree), {@code Statements} and {@code WordDecoder} (conversion, quote removal),
 * {@code ErrorScan} (syntax errors with line and column).
 */
package dev.cmdguard.shell;

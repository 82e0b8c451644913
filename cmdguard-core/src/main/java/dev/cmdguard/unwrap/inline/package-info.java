/**
 * Interpreter inline code: what {@code python -c}, {@code node -e}, {@code perl -e}, {@code ruby
 * -e}, {@code php -r}, {@code lua -e} and code piped into an interpreter would run, delete, write
 * or connect to.
 *
 * <p>{@link dev.cmdguard.unwrap.inline.Interpreter} names the interpreters, {@link
 * dev.cmdguard.unwrap.inline.InlineCode#locate} finds the program among an interpreter's arguments,
 * {@link dev.cmdguard.unwrap.inline.InlineCode#analyze} reports its {@link
 * dev.cmdguard.unwrap.inline.Effect}s. The analysis is lexical: one tokenizer per language, one
 * shared forgiving expression reader ({@code Parser}), and per-language tables of the APIs that
 * matter ({@code PythonApis}, {@code JsApis}, {@code PerlApis}, {@code RubyApis}, {@code PhpApis},
 * {@code LuaSemantics}).
 */
package dev.cmdguard.unwrap.inline;

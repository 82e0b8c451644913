package dev.cmdguard.shell;

/**
 * {@code NAME=value} or {@code NAME+=value} (bash manual, "Shell Parameters").
 *
 * @param name the variable name; for an array element such as {@code a[1]=x}, the text before '='
 * @param append true for {@code +=}
 * @param value the value word; an empty word for {@code NAME=}
 * @param array true when the value is an array literal {@code (a b c)}; {@code value} is then its
 *     source text as a single literal, or, when the text holds expansions such as {@code (a
 *     $(cmd))}, the text decoded as one word so that the substitutions are not lost
 */
public record Assignment(String name, boolean append, Word value, boolean array, Span span) {}

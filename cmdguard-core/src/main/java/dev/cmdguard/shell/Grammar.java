package dev.cmdguard.shell;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSSymbolType;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterBash;

/**
 * The tree-sitter-bash language, loaded once, with its symbol and field names cached so that a walk
 * asks native code only for a node's symbol and offsets. Each thread gets its own {@link TSParser},
 * because a parser is not thread-safe.
 */
final class Grammar {
  /** tree-sitter's symbol for ERROR nodes, {@code (TSSymbol) -1}. */
  private static final int ERROR_SYMBOL = 0xFFFF;

  private static final TSLanguage LANGUAGE = new TreeSitterBash();
  private static final String[] TYPES;
  private static final boolean[] NAMED;
  private static final String[] FIELDS;
  private static final ThreadLocal<TSParser> PARSER =
      ThreadLocal.withInitial(
          () -> {
            TSParser parser = new TSParser();
            parser.setLanguage(LANGUAGE);
            return parser;
          });

  /** Reads TSNode's start byte from the Java object instead of a ~1.5 µs JNI call; may be null. */
  private static final VarHandle START_BYTE;

  /**
   * tree-sitter-ng's {@code TSNode.getSymbol()} and {@code getEndByte()} make two JNI calls each (a
   * null check, then the value); these call the native method directly. Null when the library does
   * not have them: the public methods are used then.
   */
  private static final MethodHandle SYMBOL;

  private static final MethodHandle END_BYTE;

  static {
    int symbols = LANGUAGE.symbolCount();
    TYPES = new String[symbols];
    NAMED = new boolean[symbols];
    for (int s = 0; s < symbols; s++) {
      TYPES[s] = LANGUAGE.symbolName(s);
      NAMED[s] = LANGUAGE.symbolType(s) == TSSymbolType.TSSymbolTypeRegular;
    }
    int fields = LANGUAGE.fieldCount();
    FIELDS = new String[fields + 1];
    for (int f = 1; f <= fields; f++) {
      FIELDS[f] = LANGUAGE.fieldNameForId(f);
    }
    START_BYTE = startByteHandle();
    SYMBOL = nativeHandle("ts_node_symbol");
    END_BYTE = nativeHandle("ts_node_end_byte");
  }

  private Grammar() {}

  /** Parses text with this thread's parser, without a deadline; the caller closes the tree. */
  static TSTree parse(String text) {
    return PARSER.get().parseString(null, text);
  }

  /** This thread's parser, for the grammar. */
  static TSParser parser() {
    return PARSER.get();
  }

  static boolean isError(int symbol) {
    return symbol == ERROR_SYMBOL;
  }

  static String type(int symbol) {
    return symbol == ERROR_SYMBOL ? "ERROR" : symbol < TYPES.length ? TYPES[symbol] : "?" + symbol;
  }

  static boolean named(int symbol) {
    return symbol == ERROR_SYMBOL || (symbol < NAMED.length && NAMED[symbol]);
  }

  static String field(int fieldId) {
    return fieldId > 0 && fieldId < FIELDS.length ? FIELDS[fieldId] : null;
  }

  static int startByte(TSNode node) {
    return START_BYTE != null ? (int) START_BYTE.get(node) : node.getStartByte();
  }

  static int symbol(TSNode node) {
    return SYMBOL != null ? invoke(SYMBOL, node) : node.getSymbol();
  }

  static int endByte(TSNode node) {
    return END_BYTE != null ? invoke(END_BYTE, node) : node.getEndByte();
  }

  private static int invoke(MethodHandle handle, TSNode node) {
    try {
      return (int) handle.invokeExact(node);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("tree-sitter call failed", t);
    }
  }

  /** {@code TSParser.name(TSNode)}, when a probe shows it answers like the public method. */
  private static MethodHandle nativeHandle(String name) {
    try {
      MethodHandle handle =
          MethodHandles.privateLookupIn(TSParser.class, MethodHandles.lookup())
              .findStatic(TSParser.class, name, MethodType.methodType(int.class, TSNode.class));
      try (TSTree tree = parse("echo  é \"$x\"")) {
        TSNode node = tree.getRootNode().getNamedChild(0).getNamedChild(2);
        int expected = name.equals("ts_node_symbol") ? node.getSymbol() : node.getEndByte();
        return invoke(handle, node) == expected ? handle : null;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * TSNode keeps the C struct's {@code context[0]}, the start byte, in the field {@code context0}.
   * Use it only when a probe parse shows it equals {@code getStartByte()}.
   */
  private static VarHandle startByteHandle() {
    try {
      VarHandle handle =
          MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup())
              .findVarHandle(TSNode.class, "context0", int.class);
      try (TSTree tree = parse("echo  é \"$x\"")) {
        TSNode node = tree.getRootNode().getNamedChild(0).getNamedChild(1);
        return (int) handle.get(node) == node.getStartByte() && node.getStartByte() == 6
            ? handle
            : null;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}

package dev.cmdguard.unwrap.inline;

import java.util.Locale;
import java.util.Map;

/**
 * Python functions and methods that compute values the analysis follows: decoders that hide
 * payloads ({@code base64}, {@code binascii}, {@code codecs}, {@code zlib}, {@code chr}, {@code
 * bytes}), path and environment helpers, and string methods ({@code .format}, Python 2's {@code
 * .decode('base64')}).
 */
final class PythonValues {
  private PythonValues() {}

  private static void put(Map<String, Handler> table, Handler h, String... keys) {
    for (String k : keys) {
      table.put(k, h);
    }
  }

  /** Adds the value APIs to {@code table}. */
  static void install(Map<String, Handler> table) {
    put(
        table,
        c -> Payloads.base64(c.arg(0)),
        "base64.b64decode",
        "base64.decodebytes",
        "base64.decodestring",
        "base64.standard_b64decode",
        "base64.urlsafe_b64decode",
        "binascii.a2b_base64");
    put(table, c -> Payloads.base32(c.arg(0)), "base64.b32decode");
    put(
        table,
        c -> Payloads.hex(c.arg(0)),
        "base64.b16decode",
        "binascii.unhexlify",
        "binascii.a2b_hex",
        "bytes.fromhex",
        "bytearray.fromhex");
    put(table, c -> codec(c.arg(0), c.arg(1, "encoding")), "codecs.decode");
    put(table, PythonValues::zlib, "zlib.decompress");
    put(table, c -> Payloads.inflate(c.arg(0), Payloads.Compression.GZIP), "gzip.decompress");
    put(table, c -> Values.chr(c.arg(0)), "chr", "unichr");
    put(table, PythonValues::bytes, "bytes", "bytearray", "str", "unicode");
    put(table, PythonValues::map, "map");
    put(table, Handler.joinPath(), "os.path.join", "posixpath.join");
    put(table, c -> Values.glob(c.arg(0)), "glob.glob", "glob.iglob");
    put(
        table,
        Handler.same(0),
        "os.path.expanduser",
        "os.path.abspath",
        "os.path.realpath",
        "os.path.normpath",
        "os.fsencode",
        "os.fsdecode");
    put(table, Handler.env(0), "os.getenv", "os.environ.get", "os.getenvb");
    put(table, Handler.constant(Val.str(".")), "os.getcwd", "os.getcwdb");
    put(table, Handler.constant(Val.str("/tmp")), "tempfile.gettempdir");
  }

  private static Val codec(Val data, Val encoding) {
    if (!(encoding instanceof Val.Str e)) {
      return Val.unknown("decoded");
    }
    return switch (e.text().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "base64", "base_64", "base64_codec" -> Payloads.base64(data);
      case "hex", "hex_codec" -> Payloads.hex(data);
      case "rot13", "rot_13" -> Payloads.rot13(data);
      case "zlib", "zlib_codec", "zip" -> Payloads.inflate(data, Payloads.Compression.ZLIB);
      default -> data instanceof Val.Str ? data : Val.unknown("decoded");
    };
  }

  private static Val zlib(Call c) {
    int wbits = c.arg(1, "wbits") instanceof Val.Num n ? parse(n.text()) : 15;
    Payloads.Compression format =
        wbits < 0
            ? Payloads.Compression.RAW
            : wbits > 25 ? Payloads.Compression.GZIP : Payloads.Compression.ZLIB;
    return Payloads.inflate(c.arg(0), format);
  }

  private static int parse(String n) {
    try {
      return Integer.parseInt(n);
    } catch (NumberFormatException notDecimal) {
      return 15;
    }
  }

  /** {@code bytes([114, 109])}, {@code bytes('x', 'utf-8')}, {@code str(x)}. */
  private static Val bytes(Call c) {
    Val v = c.arg(0);
    if (v instanceof Val.Lst l) {
      return Values.chars(l.items());
    }
    return v instanceof Val.Str || v instanceof Val.Num ? Val.asStr(v) : Val.unknown("text");
  }

  /** {@code map(chr, [114, 109])}. */
  private static Val map(Call c) {
    if (c.arg(0) instanceof Val.Ref f && f.path().equals("chr") && c.arg(1) instanceof Val.Lst l) {
      return new Val.Lst(l.items().stream().map(Values::chr).toList());
    }
    return Val.unknown("mapped");
  }

  /** String methods, Python 2 codecs ({@code 'cm0='.decode('base64')}) and {@code .format}. */
  static Val stringMethod(Val.Str s, String name, Args args) {
    if (name.equals("decode") && args.get(0) instanceof Val.Str encoding) {
      return codec(s, encoding);
    }
    if (name.equals("format")) {
      return format(s, args);
    }
    return Values.stringMethod(s, name, args);
  }

  /** {@code '{} {0} {name}'.format(…)}. */
  private static Val format(Val.Str s, Args args) {
    StringBuilder b = new StringBuilder();
    boolean dynamic = s.dynamic();
    String t = s.text();
    int auto = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      int close = c == '{' ? Chars.indexWithin(t, '}', k, 256) : -1;
      if (c == '{' && k + 1 < t.length() && t.charAt(k + 1) == '{'
          || c == '}' && k + 1 < t.length() && t.charAt(k + 1) == '}') {
        b.append(c);
        k++;
      } else if (close > k) {
        String field = t.substring(k + 1, close).split("[!:]")[0];
        Val v =
            field.isEmpty()
                ? args.get(auto++)
                : field.matches("\\d{1,4}")
                    ? args.get(Integer.parseInt(field))
                    : args.named().get(field);
        v = v == null ? Val.unknown(field) : v;
        b.append(Val.text(v));
        dynamic |= Val.dynamic(v);
        k = close;
      } else {
        b.append(c);
      }
    }
    return new Val.Str(b.toString(), dynamic);
  }
}

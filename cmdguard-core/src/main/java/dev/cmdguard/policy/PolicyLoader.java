package dev.cmdguard.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one policy file (SPEC section 6) into a {@link PolicyLayer}: at most {@link #MAX_BYTES}
 * bytes of strict UTF-8 holding one YAML document whose keys are those of {@link PolicyKey}, plus
 * {@code rules} and {@code severity}. Every problem in the file is reported at once, each with the
 * file, 1-based line and column, key path and a hint; a file with any problem gives no layer at
 * all, so a broken policy can never weaken the guard. An empty file, or one holding only comments,
 * is a valid empty layer.
 *
 * <p>Aliases, nesting and size are limited ({@link BoundedParser}), so a hostile file fails fast
 * instead of exhausting memory or the stack.
 */
public final class PolicyLoader {
  /** Largest accepted policy file: 1 MiB. */
  public static final int MAX_BYTES = 1 << 20;

  private PolicyLoader() {}

  /**
   * Reads and parses {@code file}.
   *
   * @param file the policy file; its path as given names it in sources and problems
   * @param layer the layer the file belongs to
   * @return the file's settings and rules, with the SHA-256 of its bytes
   * @throws PolicyException when the file cannot be read, is larger than {@link #MAX_BYTES}, is not
   *     UTF-8, or has any syntax or schema problem
   */
  public static PolicyLayer load(Path file, Layer layer) throws PolicyException {
    String name = file.toString();
    byte[] bytes = read(file, name);
    return parse(decode(bytes, name), name, layer, sha256(bytes));
  }

  /**
   * Parses policy text that was already read.
   *
   * @param text the YAML text
   * @param file the name used in sources and problems
   * @param layer the layer the text belongs to
   * @param sha256 the SHA-256 recorded in the layer (lower-case hex, or empty)
   * @return the settings and rules, in file order
   * @throws PolicyException with every problem found, in file order
   */
  public static PolicyLayer parse(String text, String file, Layer layer, String sha256)
      throws PolicyException {
    if (text.length() > MAX_BYTES) {
      throw Problems.whole(
          file, "the policy is larger than 1 MiB", "a policy needs a few kilobytes");
    }
    Problems problems = new Problems(file);
    Optional<Node> root = PolicyYaml.compose(text, problems);
    problems.throwIfAny();
    if (root.isEmpty() || isNull(root.get())) {
      return new PolicyLayer(layer, file, sha256, List.of(), List.of());
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      problems.at(
          root.get(),
          "",
          "a policy must be a mapping of keys, got " + PolicyValues.shape(root.get()),
          "start with a key, such as 'profile: medium'");
      throw problems.exception();
    }
    PolicyLayer result = LayerWalker.read(mapping, layer, file, sha256, problems);
    problems.throwIfAny();
    return result;
  }

  /** Lower-case hex SHA-256 of {@code bytes}, as {@link PolicyLayer#sha256()} records it. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(TrustStore.sha256(bytes));
  }

  private static byte[] read(Path file, String name) throws PolicyException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw Problems.whole(name, "the file does not exist", "");
    } catch (AccessDeniedException e) {
      throw Problems.whole(name, "permission denied", "");
    } catch (IOException e) {
      throw Problems.whole(name, "cannot read the file: " + e.getMessage(), "");
    }
    if (bytes.length > MAX_BYTES) {
      throw Problems.whole(name, "the file is larger than 1 MiB", "a policy needs a few kilobytes");
    }
    return bytes;
  }

  /** Strict UTF-8; a leading byte-order mark is dropped. */
  private static String decode(byte[] bytes, String name) throws PolicyException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw Problems.whole(
          name,
          "the file is not valid UTF-8 (byte offset " + in.position() + ")",
          "save it as UTF-8");
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }
}

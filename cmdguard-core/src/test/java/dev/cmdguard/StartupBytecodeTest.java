package dev.cmdguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the core uses {@code java.lang.runtime.SwitchBootstraps}: every hook call is a fresh
 * JVM, and on JDK 25 the first run of each pattern-matching {@code switch} (type or record
 * patterns, {@code case null}, qualified enum constants) generates and defines a class through the
 * ClassFile API, about 1.2 ms per site, which no AOT cache keeps (docs/agents.md, "Latency"). A
 * hook call reaches a dozen to two dozen sites, so the core dispatches on its sealed types with
 * {@code instanceof} chains that end in an exception for an unknown type. A plain {@code switch} on
 * an enum's constants, a string or an int compiles to a table and is fine.
 *
 * <p>Checked on the compiled classes: the bootstrap's class name appears in the constant pool of
 * every class that has such a site.
 */
class StartupBytecodeTest {
  private static final byte[] SWITCH_BOOTSTRAPS =
      "java/lang/runtime/SwitchBootstraps".getBytes(StandardCharsets.US_ASCII);

  @Test
  void noCoreClassLinksAPatternSwitch() {
    List<String> offenders =
        classFiles().stream()
            .filter(f -> contains(read(f), SWITCH_BOOTSTRAPS))
            .map(f -> classes().relativize(f).toString())
            .toList();
    assertThat(offenders).as("classes with a pattern-matching switch").isEmpty();
  }

  @Test
  void theClassesAreFound() {
    assertThat(classFiles()).as("class files under " + classes()).hasSizeGreaterThan(100);
  }

  @Test
  void theCheckFindsTheBootstrapName() {
    // A constant pool's UTF-8 entry (tag 1, a two-byte length) next to the bootstrap's name.
    byte[] pool = "\1\0\"java/lang/runtime/SwitchBootstraps\1\0\ntypeSwitch".getBytes();
    assertThat(contains(pool, SWITCH_BOOTSTRAPS)).isTrue();
    assertThat(contains("java/lang/runtime/ObjectMethods".getBytes(), SWITCH_BOOTSTRAPS)).isFalse();
  }

  /** The directory the core's classes were compiled to (target/classes when Maven runs tests). */
  private static Path classes() {
    try {
      return Path.of(
          CommandGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> classFiles() {
    try (Stream<Path> files = Files.walk(classes())) {
      return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}

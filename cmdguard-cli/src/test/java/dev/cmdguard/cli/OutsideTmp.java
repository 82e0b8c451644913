package dev.cmdguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories under the module's {@code target/}, not {@code /tmp}: inside the sandbox
 * {@code /tmp} is a fresh empty file system, so a workspace or home directory under it would not be
 * the host's and a test of what the sandbox can touch would prove nothing.
 */
final class OutsideTmp implements TempDirFactory {
  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context)
      throws IOException {
    Path target = Files.createDirectories(Path.of("target", "sandbox-tests").toAbsolutePath());
    return Files.createTempDirectory(target, "t").toRealPath();
  }
}

package dev.cmdguard.policy;

import java.nio.file.Path;

/** Reads one policy file into a layer; {@code PolicyLoader::load} in production. */
@FunctionalInterface
public interface LayerReader {
  /**
   * @param file an existing regular file
   * @param layer the layer it stands for
   * @return its settings and rules with their sources
   * @throws PolicyException when the file cannot be used (every problem in it)
   */
  PolicyLayer read(Path file, Layer layer) throws PolicyException;
}

package dev.cmdguard.cli.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmdguard.Decision;
import java.io.IOException;

/**
 * Writes a {@link Decision} as one JSON object, the object {@code check --json} prints (SPEC
 * section 5), so the service and the CLI never drift apart.
 */
@FunctionalInterface
public interface DecisionWriter {
  /**
   * Writes {@code decision} as one complete object.
   *
   * @throws IOException when the generator's target fails
   */
  void write(Decision decision, JsonGenerator json) throws IOException;
}

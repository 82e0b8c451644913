package dev.cmdguard.policy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Run in a separate JVM by {@link TrustStoreTest}: adds {@code COUNT} entries named {@code LABEL-N}
 * to the trust store {@code FILE}, one lock and one rename each, competing with the other
 * processes. It prints {@code ready} once its classes are loaded and then waits for a line on
 * standard input, so that all processes start adding together (a barrier, not a sleep).
 */
final class TrustStoreWriter {
  private TrustStoreWriter() {}

  /**
   * @param args {@code FILE LABEL COUNT}
   */
  public static void main(String[] args) throws Exception {
    TrustStore store = TrustStore.at(Path.of(args[0]));
    int count = Integer.parseInt(args[2]);
    store.find(List.of(List.of("warm-up")), TrustStoreTest.NOW);
    System.out.println("ready");
    System.out.flush();
    if (System.in.read() < 0) {
      throw new IllegalStateException("the test closed standard input before the start");
    }
    for (int i = 0; i < count; i++) {
      String name = args[1] + "-" + i;
      store.add(name, List.of(List.of(name)), Duration.ofDays(1), "", TrustStoreTest.NOW);
    }
  }
}

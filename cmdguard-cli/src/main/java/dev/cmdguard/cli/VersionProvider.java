package dev.cmdguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The {@code --version} text, from {@code version.properties} filled in by the Maven build. */
final class VersionProvider implements IVersionProvider {

  /**
   * @return {@code cmdguard VERSION} and the Java runtime it runs on
   */
  @Override
  public String[] getVersion() {
    return new String[] {
      "cmdguard " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown") + ")"
    };
  }

  /** The project version, or {@code unknown} when the resource is missing. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}

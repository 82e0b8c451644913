package dev.cmdguard.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopbackHostTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          localhost                 | true
          localhost:7311            | true
          LOCALHOST:7311            | true
          localhost.:7311           | true
          127.0.0.1                 | true
          127.0.0.1:7311            | true
          127.1.2.3:80              | true
          [::1]:7311                | true
          [::1]                     | true
          [0:0:0:0:0:0:0:1]:7311    | true
          evil.example              | false
          evil.example:7311         | false
          localhost.evil.example    | false
          127.0.0.1.evil.example    | false
          10.0.0.5:7311             | false
          0.0.0.0:7311              | false
          [::]:7311                 | false
          [fe80::1]:7311            | false
          128.0.0.1                 | false
          ''                        | false
          """)
  void onlyLoopbackNamesPass(String header, boolean loopback) {
    assertThat(LoopbackHost.named(header == null ? "" : header)).isEqualTo(loopback);
  }
}

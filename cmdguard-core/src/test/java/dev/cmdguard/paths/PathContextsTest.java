package dev.cmdguard.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Judgments in other contexts than the main table's: the workspace is the home, is {@code /}, is
 * under {@code /tmp} or {@code /opt}; the user is root; a macOS home; a service account's home
 * under {@code /var/lib}; an extra temp directory ({@code $TMPDIR}). Columns: {@code workspace |
 * home | user | extra temp directory | input (from the workspace) | classes and kinds}.
 */
class PathContextsTest {

  @ParameterizedTest(name = "{4} in workspace {0}, home {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /home/dev           | /home/dev        | dev     | -            | ~                             | HOME WORKSPACE_ROOT
          /home/dev           | /home/dev        | dev     | -            | .                             | HOME WORKSPACE_ROOT
          /home/dev           | /home/dev        | dev     | -            | *                             | HOME INSIDE_HOME WORKSPACE_ROOT WORKSPACE
          /home/dev           | /home/dev        | dev     | -            | ~/.bashrc                     | INSIDE_HOME WORKSPACE SHELL_CONFIG
          /home/dev           | /home/dev        | dev     | -            | Documents                     | INSIDE_HOME WORKSPACE
          /home/dev           | /home/dev        | dev     | -            | ..                            | SYSTEM_DIRECTORY
          /                   | /home/dev        | dev     | -            | /                             | ROOT WORKSPACE_ROOT
          /                   | /home/dev        | dev     | -            | /foo                          | WORKSPACE
          /                   | /home/dev        | dev     | -            | /etc/hosts                    | INSIDE_SYSTEM_DIRECTORY
          /                   | /home/dev        | dev     | -            | *                             | ROOT SYSTEM_DIRECTORY WORKSPACE_ROOT WORKSPACE TEMP
          /                   | /home/dev        | dev     | -            | etc                           | SYSTEM_DIRECTORY
          /root/app           | /root            | root    | -            | ~                             | SYSTEM_DIRECTORY HOME
          /root/app           | /root            | root    | -            | ~/.bashrc                     | INSIDE_SYSTEM_DIRECTORY INSIDE_HOME SHELL_CONFIG
          /root/app           | /root            | root    | -            | ~/.cache/x                    | INSIDE_SYSTEM_DIRECTORY INSIDE_HOME
          /root/app           | /root            | root    | -            | /root/app/x                   | WORKSPACE
          /root/app           | /root            | root    | -            | ~root                         | SYSTEM_DIRECTORY HOME
          /root/app           | /root            | root    | -            | ~/*                           | SYSTEM_DIRECTORY INSIDE_SYSTEM_DIRECTORY HOME INSIDE_HOME WORKSPACE_ROOT
          /root/app           | /root            | root    | -            | ..                            | SYSTEM_DIRECTORY HOME
          /Users/dev/src/app  | /Users/dev       | dev     | -            | /Users                        | SYSTEM_DIRECTORY
          /Users/dev/src/app  | /Users/dev       | dev     | -            | ..                            | INSIDE_HOME
          /Users/dev/src/app  | /Users/dev       | dev     | -            | ../../..                      | SYSTEM_DIRECTORY
          /Users/dev/src/app  | /Users/dev       | dev     | -            | ~/.ssh/id_rsa                 | INSIDE_HOME SECRET_FILE PRIVATE_KEY
          /Users/dev/src/app  | /Users/dev       | dev     | -            | /private/tmp/x                | TEMP
          /Users/dev/src/app  | /Users/dev       | dev     | -            | /var/folders/xy/T/tmp.1       | TEMP
          /Users/dev/src/app  | /Users/dev       | dev     | -            | /Users/other/.aws/credentials | INSIDE_SYSTEM_DIRECTORY SECRET_FILE CREDENTIAL_FILE
          /Users/dev/src/app  | /Users/dev       | dev     | -            | /Users/*                      | SYSTEM_DIRECTORY INSIDE_SYSTEM_DIRECTORY HOME
          /home/dev/p         | /home/dev        | dev     | /scratch/tmp | /scratch/tmp/x                | TEMP
          /home/dev/p         | /home/dev        | dev     | /scratch/tmp | /scratch/tmp                  | TEMP
          /home/dev/p         | /home/dev        | dev     | /scratch/tmp | /scratch/other                | OTHER
          /tmp/ws             | /home/dev        | dev     | -            | /tmp/ws/x                     | WORKSPACE
          /tmp/ws             | /home/dev        | dev     | -            | /tmp/other                    | TEMP
          /tmp/ws             | /home/dev        | dev     | -            | ..                            | TEMP
          /tmp/ws             | /home/dev        | dev     | -            | .                             | WORKSPACE_ROOT
          /opt/app            | /home/dev        | dev     | -            | src                           | WORKSPACE
          /opt/app            | /home/dev        | dev     | -            | .                             | WORKSPACE_ROOT
          /opt/app            | /home/dev        | dev     | -            | ..                            | SYSTEM_DIRECTORY
          /opt/app            | /home/dev        | dev     | -            | /opt/other                    | INSIDE_SYSTEM_DIRECTORY
          /var/lib/jenkins/ws | /var/lib/jenkins | jenkins | -            | ~                             | HOME
          /var/lib/jenkins/ws | /var/lib/jenkins | jenkins | -            | ..                            | HOME
          /var/lib/jenkins/ws | /var/lib/jenkins | jenkins | -            | ../..                         | SYSTEM_DIRECTORY
          /var/lib/jenkins/ws | /var/lib/jenkins | jenkins | -            | ~/.ssh/id_rsa                 | INSIDE_HOME SECRET_FILE PRIVATE_KEY
          """)
  void judgesRelativeToTheContext(
      String workspace, String home, String user, String temp, String input, String expected) {
    List<String> temps = new ArrayList<>(PathContext.DEFAULT_TEMP_DIRECTORIES);
    if (!temp.equals("-")) {
      temps.add(temp);
    }
    PathContext context = new PathContext(workspace, home, user, temps);
    boolean glob = input.contains("*");

    ResolvedPath path =
        new PathResolver(context).resolve(input, glob, Optional.of(context.workspace()));
    PathClassification judgment = new PathClassifier(context).classify(path);

    List<String> names = new ArrayList<>();
    judgment.classes().forEach(c -> names.add(c.name()));
    judgment.kinds().forEach(k -> names.add(k.name()));
    assertThat(String.join(" ", names)).isEqualTo(expected);
  }
}

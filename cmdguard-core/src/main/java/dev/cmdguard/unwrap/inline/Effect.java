package dev.cmdguard.unwrap.inline;

import java.util.List;

/**
 * Something interpreter code would do that the guard judges: run a command, delete or write a file,
 * talk to the network, execute code built from data, or connect a shell to a socket.
 *
 * <p>Text that is not statically known (a variable, an f-string field, a template {@code ${…}}, a
 * function result) appears as a shell parameter expansion {@code ${name}}, named after the source
 * variable when there is one ({@code ${dir}}) and {@code ${dynamic}} otherwise, and the effect's
 * {@code dynamic} flag is set. An environment variable read appears as itself ({@code ${TMPDIR}});
 * the home directory ({@code os.path.expanduser('~')}, {@code process.env.HOME}, {@code Dir.home},
 * {@code $ENV{HOME}}, {@code getenv('HOME')}) appears as {@code ~} and is static.
 *
 * <p>Every effect names the {@link #api()} it came from as written in the language after aliases
 * are resolved ({@code os.system}, {@code child_process.execSync}, {@code FileUtils.rm_rf}, {@code
 * backticks}) and the {@link #offset()} of the call: a character index into the analysed code. An
 * effect found inside code that is itself run from a string ({@code exec('…')}, a decoded base64
 * payload) carries the offset of the outer call.
 */
public sealed interface Effect {

  /** The API or construct that has the effect, as spelled in the language. */
  String api();

  /** Character index in the analysed code where the call or construct starts. */
  int offset();

  /**
   * A string run by a shell: Python {@code os.system}, {@code os.popen}, {@code subprocess.*(…,
   * shell=True)}; Node {@code child_process.exec/execSync}; Perl, Ruby and PHP backticks, {@code
   * system} and {@code exec} with one string, {@code qx}, {@code %x}, {@code open("cmd|")}.
   *
   * @param script the shell script, to be parsed and judged like a typed command
   * @param dynamic true when part of the script is not statically known
   */
  record ShellCommand(String script, boolean dynamic, String api, int offset) implements Effect {}

  /**
   * A program run with an explicit argument vector and no shell: {@code subprocess.run([…])},
   * {@code os.execvp}, {@code execFileSync}, {@code spawn}, Perl and Ruby {@code system} with a
   * list.
   *
   * @param argv the program and its arguments; {@code argv.get(0)} is the program run
   * @param dynamic true when the program or an argument is not statically known
   */
  record ArgvCommand(List<String> argv, boolean dynamic, String api, int offset) implements Effect {
    /** Copies {@code argv}. */
    public ArgvCommand {
      argv = List.copyOf(argv);
    }
  }

  /**
   * A file-system deletion, to be judged as the equivalent {@code rm}: {@code shutil.rmtree},
   * {@code os.remove}, {@code fs.rmSync}, {@code FileUtils.rm_rf}, {@code unlink}. A move or rename
   * is reported as a recursive delete of its source (SPEC section 4: "move away") plus a {@link
   * Write} of its target.
   *
   * @param path the path as written ({@code ~} for the home directory); relative to the working
   *     directory of the interpreter
   * @param recursive true when a whole tree may go ({@code rmtree}, {@code {recursive: true}})
   * @param dynamic true when the path is not statically known
   */
  record Delete(String path, boolean recursive, boolean dynamic, String api, int offset)
      implements Effect {}

  /**
   * A file opened or created for writing: {@code open(p, 'w')}, {@code fs.writeFileSync}, {@code
   * File.write}, {@code file_put_contents}, the target of a copy or move.
   *
   * @param path the path as written
   * @param dynamic true when the path is not statically known
   */
  record Write(String path, boolean dynamic, String api, int offset) implements Effect {}

  /**
   * A network connection or request: {@code urllib.request.urlopen}, {@code requests.get}, {@code
   * socket.connect}, {@code fetch}, {@code net.connect}, {@code fsockopen}, {@code Net::HTTP}. Used
   * with other effects to see download-and-execute and exfiltration.
   */
  record Network(String api, int offset) implements Effect {}

  /**
   * Code executed from data: {@code exec}, {@code eval}, {@code new Function}, {@code vm.run*},
   * {@code instance_eval}, PHP {@code assert($x)}. When the code is statically known (a literal or
   * a decoded literal such as {@code base64.b64decode('…')}) it is analysed too and its effects are
   * reported next to this one, with {@code dynamic} false.
   *
   * @param dynamic true when the executed code is not statically known
   */
  record Eval(String api, boolean dynamic, int offset) implements Effect {}

  /**
   * A reverse shell: a socket connection together with a shell started on it or the process's
   * standard streams duplicated onto it (the classic one-liners of PayloadsAllTheThings and
   * pentestmonkey for Python, Perl, Ruby, PHP and Node).
   *
   * @param api the socket API that opened the connection
   * @param offset where that connection is made
   */
  record ReverseShellPattern(String api, int offset) implements Effect {}
}

package dev.cmdguard.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on standard error and an exit status (SPEC section 9): bad input is
 * {@link ExitCodes#USAGE} with the reason, a bug is {@link ExitCodes#INTERNAL_ERROR} with {@code
 * internal error: …}. The stack trace is printed only with {@code --debug} or {@code
 * CMDGUARD_DEBUG=1}.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private final Environment env;

  /**
   * @param env tells whether {@code CMDGUARD_DEBUG} asks for stack traces
   */
  Failures(Environment env) {
    this.env = env;
  }

  /**
   * Runs a verb's body and reports what it throws. Usage errors ({@link ParameterException}) pass
   * through to picocli, which prints them with {@link #handleParseException}.
   *
   * @param err where messages go
   * @param debug true to print stack traces
   * @return the body's exit status, or the one for its failure
   */
  static int run(PrintWriter err, boolean debug, Callable<Integer> body) {
    try {
      return body.call();
    } catch (ParameterException e) {
      throw e;
    } catch (InputException e) {
      err.println("cmdguard: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (Exception | LinkageError | StackOverflowError e) {
      return internalError(err, debug, e);
    } finally {
      err.flush();
    }
  }

  /** Prints {@code cmdguard: internal error: …} (and the stack trace when debugging). */
  static int internalError(PrintWriter err, boolean debug, Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ');
    err.println("cmdguard: internal error: " + e.getClass().getSimpleName() + message);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("cmdguard: run again with --debug (or CMDGUARD_DEBUG=1) to see the stack trace");
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  /** Prints picocli's message, a suggestion for a mistyped option, and where help is. */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("cmdguard: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Reports an exception that escaped a verb (the verbs catch their own; this is a backstop). */
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    return internalError(cmd.getErr(), env.debugRequested(), e);
  }
}

package dev.cmdguard.unwrap.windows;

/** The Windows command interpreters, whose syntax and aliases differ. */
public enum Dialect {
  /** cmd.exe ({@code cmd /c}, {@code cmd /k}, a bare {@code del /s /q X}). */
  CMD("cmd"),
  /**
   * Windows PowerShell 5.1 ({@code powershell.exe}): no {@code &&} or {@code ||} between pipelines;
   * {@code curl}, {@code wget} and {@code sc} are aliases of cmdlets.
   */
  WINDOWS_POWERSHELL("powershell"),
  /** PowerShell 7 ({@code pwsh}): pipeline chains with {@code &&} and {@code ||}. */
  POWERSHELL("pwsh");

  private final String program;

  Dialect(String program) {
    this.program = program;
  }

  /** The program name that runs this dialect: {@code cmd}, {@code powershell}, {@code pwsh}. */
  public String program() {
    return program;
  }

  /** True for the PowerShell dialects. */
  public boolean powerShell() {
    return this != CMD;
  }
}

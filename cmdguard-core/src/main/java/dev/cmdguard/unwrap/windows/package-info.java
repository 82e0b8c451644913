/**
 * Windows command lines: what {@code cmd /c}, {@code powershell -Command}, {@code pwsh
 * -EncodedCommand} and the cmd.exe and PowerShell text inside them would run (SPEC section 4,
 * family "windows").
 *
 * <p>{@link dev.cmdguard.unwrap.windows.Launch} reads the command line of {@code cmd.exe}, {@code
 * powershell.exe} and {@code pwsh} (which switch holds the code, base64 decoding of {@code
 * -EncodedCommand}); {@link dev.cmdguard.unwrap.windows.WindowsScripts} parses cmd.exe and
 * PowerShell text into {@link dev.cmdguard.unwrap.windows.Step}s, one per command that would run,
 * each with the lower-case cmdlet or program name (aliases resolved: {@code rm}, {@code ri}, {@code
 * del} give {@code remove-item}) and parameter names written in full ({@code -rec -fo} give {@code
 * -Recurse -Force}). cmd.exe builtins are read as the cmdlet that does the same ({@code rd /s /q X}
 * is {@code remove-item -Recurse X}), so that the rules judge one vocabulary. {@link
 * dev.cmdguard.unwrap.windows.Cmdlets} holds the cmdlet table and binds arguments to parameters for
 * the rules. The parsers are hand-written for the subset agents send; what they cannot follow is
 * reported as a problem, never dropped.
 */
package dev.cmdguard.unwrap.windows;

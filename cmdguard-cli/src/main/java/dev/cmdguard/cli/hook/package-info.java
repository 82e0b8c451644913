/**
 * The agents' hook protocols (SPEC section 9): one {@link dev.cmdguard.cli.hook.HookAdapter} per
 * agent reads the agent's JSON payload and writes the answer in that agent's words; {@link
 * dev.cmdguard.cli.hook.Hooks#handle} ties a payload, a guard and the audit together. Nothing here
 * prints, reads standard input or exits: the {@code hook} verb and the service do that, so both
 * answer the same payloads the same way.
 */
package dev.cmdguard.cli.hook;

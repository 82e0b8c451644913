/**
 * cmdguard's public API: {@code CommandGuard}, its requests, decisions and findings.
 *
 * <p>The pipeline (SPEC section 1) lives in the sub-packages: {@code shell} parses bash source into
 * sealed AST records, {@code unwrap} turns the AST into the Invocations that would run, {@code
 * paths} resolves and classifies the paths they touch.
 */
package dev.cmdguard;

/**
 * The essesseff sandbox: a local emulation of the essesseff Apps API over real HTTP on loopback, for the
 * plugin's tests and for rehearsing pipelines (docs/sandbox.md). Test sources only; never shipped.
 *
 * <p>Public entry points: {@link io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox},
 * {@link io.jenkins.plugins.essesseff.sandbox.SandboxOptions},
 * {@link io.jenkins.plugins.essesseff.sandbox.SandboxFault},
 * {@link io.jenkins.plugins.essesseff.sandbox.SandboxRequest},
 * {@link io.jenkins.plugins.essesseff.sandbox.SandboxLifecycle} (the inferred lifecycle table),
 * {@link io.jenkins.plugins.essesseff.sandbox.ManualClock} and
 * {@link io.jenkins.plugins.essesseff.sandbox.SandboxMain}.
 */
package io.jenkins.plugins.essesseff.sandbox;

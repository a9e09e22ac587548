/**
 * Background work: view models hand loading and analysis to an injected {@link dev.phaseshift.app.task.TaskRunner}
 * so they never create threads or touch the FX thread themselves. {@link dev.phaseshift.app.task.FxTaskRunner}
 * runs work on a worker thread and reports back on the FX thread; {@link dev.phaseshift.app.task.InlineTaskRunner}
 * runs it on the caller's thread, for tests.
 */
package dev.phaseshift.app.task;

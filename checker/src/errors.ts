/** An error that stops the whole run with exit status 2 (no browser, browser failed to start). */
export class FatalError extends Error {}

/** Bad arguments: also stops the run with status 2, with a pointer to `--help`. */
export class UsageError extends FatalError {}

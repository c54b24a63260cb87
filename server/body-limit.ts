// The largest request body a page accepts (a server action's form), shared by next.config.ts
// (`experimental.serverActions.bodySizeLimit`) and the request guard, which refuses anything
// larger with a Thai 413 before Next reads it.
//
// Sized for the largest legitimate form, the results import: a CSV of MAX_CSV_BYTES (512 KB)
// is sent back on confirmation together with useActionState's previous state (the preview plan
// and the text again), about 2.2 MB measured for a 512 KB file. Next's default of 1 MB made that
// confirmation fail with a 500.
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** "4 MB": the limit as staff read it in the refusal message. */
export const ACTION_BODY_LIMIT_LABEL = `${ACTION_BODY_LIMIT_BYTES / (1024 * 1024)} MB`;

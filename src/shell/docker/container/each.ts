// How docker/cli runs a verb over several containers (stop, kill, pause, rm, ...): each name is
// echoed as given when it succeeds; the errors are joined and printed at the end, exit code 1.

import { isEngineError } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbContext } from '../spec.ts';

export function forEachContainer(
  context: VerbContext,
  references: string[],
  action: (reference: string) => void,
  options: {
    quietError?: (error: unknown) => boolean;
    /** A mistake the client catches itself, before asking the daemon. */
    clientError?: (reference: string) => string | undefined;
  } = {},
): number {
  const errors: string[] = [];
  for (const reference of references) {
    const mistake = options.clientError?.(reference);
    if (mistake) {
      errors.push(mistake);
      continue;
    }
    try {
      action(reference);
      context.stdout.write(`${reference}\n`);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      if (options.quietError?.(error)) {
        context.stderr.write(`${errorText(error)}\n`);
        continue;
      }
      errors.push(errorText(error));
    }
  }
  if (errors.length === 0) return 0;
  context.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}

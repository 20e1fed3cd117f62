// `docker build --check`: the build checks without building. The loads they need show as
// progress on stderr; the report (`Check complete, …` with each warning's rule, URL and source
// snippet) goes to stdout, and the exit status is 1 when something was found.

import type { BuildRequest } from '../../../engine/index.ts';
import { formatCheckReport } from '../../../engine/dockerfile/index.ts';
import type { VerbContext } from '../spec.ts';
import { failureText } from './build-format.ts';
import { printProgress, type ProgressMode } from './build-progress.ts';

export async function runCheck(
  context: VerbContext,
  request: BuildRequest,
  mode: ProgressMode,
): Promise<number> {
  const outcome = await context.engine.build({ ...request, check: true });
  await printProgress(context, outcome, mode);
  if (outcome.failure) {
    context.stderr.write(failureText(outcome, request.dockerfileName));
    return 1;
  }
  const name = request.dockerfileName.slice(request.dockerfileName.lastIndexOf('/') + 1);
  context.stdout.write(formatCheckReport(outcome.warnings, name, outcome.source));
  return outcome.warnings.length > 0 ? 1 : 0;
}

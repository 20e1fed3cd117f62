// docker/cli's prompt.Confirm: the question with " [y/N] " on stdout, one line read from stdin,
// and only "y" or "Y" meaning yes. End of input counts as no.

import type { VerbContext } from './spec.ts';

export async function confirm(context: VerbContext, message: string): Promise<boolean> {
  context.stdout.write(`${message} [y/N] `);
  let line = '';
  for (;;) {
    const chunk = await context.stdin.read();
    if (chunk === null) break;
    line += chunk;
    if (line.includes('\n')) break;
  }
  const answer = line.split('\n')[0]!.trim();
  return answer === 'y' || answer === 'Y';
}

import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createContainerHarness } from './testing.ts';
it('try', async () => {
  const h = await createContainerHarness();
  const cmds = JSON.parse(readFileSync('/tmp/lines.json', 'utf8')) as string[][];
  let out = '';
  for (const argv of cmds) out += JSON.stringify(argv.join(' ')) + ' => ' + JSON.stringify(await h.run(argv)) + '\n';
  console.log('\n' + out);
}, 30000);

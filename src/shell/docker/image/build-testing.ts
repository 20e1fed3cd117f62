// A workspace, a shell and a docker engine for build tests: files are written under /workspace,
// lines run as a learner types them, and the clock and ids repeat from run to run.

import { createCatalog, createEngine, type CatalogImage } from '../../../engine/index.ts';
import { createManualClock, createSeededRandom } from '../../../engine/host.ts';
import { createTestShell } from '../../testing.ts';
import { createDockerCommand } from '../index.ts';

export const FLASK_DOCKERFILE =
  'FROM python:3.12-slim\n\nWORKDIR /app\n\nCOPY requirements.txt .\n\n' +
  'RUN pip install -r requirements.txt\n\nCOPY . .\n\nCMD ["python", "app.py"]\n';

export const FLASK_APP =
  "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef hello():\n" +
  "    return '<h1>Hello, World!</h1>'\n\n\nif __name__ == '__main__':\n    app.run()\n";

export function createBuildHarness(
  files: Record<string, string>,
  options: { catalog?: readonly CatalogImage[] } = {},
) {
  const clock = createManualClock(Date.parse('2025-11-01T12:00:00Z'));
  const engine = createEngine({
    clock,
    random: createSeededRandom(7),
    ...(options.catalog ? { catalog: createCatalog(options.catalog) } : {}),
  });
  const docker = createDockerCommand(engine);
  const { fs, run } = createTestShell({ clock, commands: [docker], cwd: '/workspace' });
  const write = (path: string, content: string) => {
    const full = `/workspace/${path}`;
    fs.mkdir(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    fs.writeFile(full, content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return { engine, fs, clock, run, write };
}

// `sh` and `bash` in the learner's terminal: `-c 'script' [name [args…]]`, a script file with
// arguments, or a script read from standard input, run by a child shell (bash; the host's sh
// is bash as well). Options -e, -u, -x and `-o pipefail` may come first.

import { readAll } from '../pipe.ts';
import type { ShellOptionFlags, ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';

function shellCommand(state: ShellState, name: string): CommandSpec {
  return {
    name,
    summary: name === 'bash' ? 'GNU Bourne-Again SHell' : 'Command interpreter (bash)',
    async run(context) {
      const args = context.argv.slice(1);
      const options: Partial<ShellOptionFlags> = {};
      let script: string | null = null;
      for (;;) {
        const arg = args[0];
        if (arg === undefined || !/^[-+][a-zA-Z]+$/.test(arg)) break;
        args.shift();
        for (const letter of arg.slice(1)) {
          if (letter === 'e') options.errexit = true;
          else if (letter === 'u') options.nounset = true;
          else if (letter === 'x') options.xtrace = true;
          else if (letter === 'o' && args[0] === 'pipefail') {
            args.shift();
            options.pipefail = true;
          } else if (letter === 'c') {
            if (args[0] === undefined) {
              context.io.stderr.write(`${name}: -c: option requires an argument\n`);
              return 2;
            }
            script = args.shift()!;
          }
        }
      }
      if (args[0] === '--') args.shift();
      let text: string;
      let arg0 = name;
      let file: string | undefined;
      if (script !== null) {
        text = script;
        if (args.length > 0) arg0 = args.shift()!;
      } else if (args.length > 0) {
        file = args.shift()!;
        arg0 = file;
        try {
          text = context.fs.readFile(context.resolvePath(file));
        } catch {
          context.io.stderr.write(`${name}: ${file}: No such file or directory\n`);
          return 127;
        }
      } else text = await readAll(context.io.stdin);
      if (!state.runChild) return 1;
      return state.runChild({
        text,
        dialect: { flavour: 'bash', name, interactive: false, line: 1, script: file },
        arg0,
        args,
        options,
        io: context.io,
        env: context.env,
        cwd: context.cwd,
        interrupt: context.interrupt,
        isTTY: context.isTTY,
        columns: context.columns,
      });
    },
  };
}

export const shBuiltin = (state: ShellState) => shellCommand(state, 'sh');
export const bashBuiltin = (state: ShellState) => shellCommand(state, 'bash');

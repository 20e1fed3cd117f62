// docker/cli's createContainer, shared by `run` and `create`: pull the image when the policy or
// its absence asks for it (progress on stderr), then ask the daemon to create the container.

import {
  familiarString,
  isEngineError,
  parseReference,
  withDefaultTag,
  type ContainerRecord,
  type CreateContainerOptions,
} from '../../../engine/index.ts';
import { writePullEvent } from '../output.ts';
import type { FlagValues, VerbContext } from '../spec.ts';
import { buildCreateRequest, withHelp } from './create-options.ts';

const PULL_POLICIES = ['always', 'missing', 'never'];

export type Created =
  | { ok: true; container: ContainerRecord }
  | { ok: false; error: unknown; stderr?: string; exitCode?: number };

async function pullImage(context: VerbContext, image: string, quiet: boolean): Promise<void> {
  await context.engine.pull(image, {
    onEvent: (event) => {
      if (!quiet) writePullEvent(context.stderr, event, context.isTTY);
    },
  });
}

async function create(
  context: VerbContext,
  options: CreateContainerOptions,
  policy: string,
  quiet: boolean,
): Promise<Created> {
  try {
    parseReference(options.image);
    if (policy === 'always') await pullImage(context, options.image, quiet);
    const present = context.engine.findImage(options.image) !== undefined;
    if (!present && policy === 'missing') {
      if (!quiet) {
        const wanted = familiarString(withDefaultTag(parseReference(options.image)));
        context.stderr.write(`Unable to find image '${wanted}' locally\n`);
      }
      await pullImage(context, options.image, quiet);
    }
    return { ok: true, container: context.engine.createContainer(options) };
  } catch (error) {
    if (!isEngineError(error)) throw error;
    return { ok: false, error };
  }
}

/** Validates the flags and creates the container, or says what docker would have said. */
export async function createFromFlags(
  context: VerbContext,
  flags: FlagValues,
  args: string[],
  verb: 'run' | 'create',
  attach?: CreateContainerOptions['attach'],
): Promise<Created> {
  const policy = flags['pull'] as string;
  if (!PULL_POLICIES.includes(policy) && policy !== '') {
    const message = `invalid pull option: '${policy}': must be one of "always", "missing" or "never"`;
    return { ok: false, error: undefined, stderr: withHelp(message, verb), exitCode: 125 };
  }
  const request = buildCreateRequest(context, flags, args, verb);
  if (!request.ok) {
    return { ok: false, error: undefined, stderr: request.stderr, exitCode: request.exitCode };
  }
  const { options } = request;
  if (attach) options.attach = attach;
  const created = await create(context, options, policy || 'missing', flags['quiet'] === true);
  const publishes = (options.portBindings?.length ?? 0) > 0 || options.publishAllPorts;
  if (created.ok && options.networkMode === 'host' && publishes) {
    context.stderr.write('WARNING: Published ports are discarded when using host network mode\n');
  }
  return created;
}

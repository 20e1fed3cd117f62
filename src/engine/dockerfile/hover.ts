// Hover help for the editor: for each Dockerfile instruction, its syntax and a short explanation
// in English and Chinese. Written for Berth's learners; syntax lines follow Docker's reference.

import type { InstructionName } from './types.ts';

export interface InstructionHelp {
  name: InstructionName;
  /** One form per line; `[...]` marks optional parts. */
  syntax: string[];
  summary: { en: string; zh: string };
}

const help = (
  name: InstructionName,
  syntax: string[],
  en: string,
  zh: string,
): InstructionHelp => ({
  name,
  syntax,
  summary: { en, zh },
});

export const INSTRUCTION_HELP: Record<InstructionName, InstructionHelp> = {
  FROM: help(
    'FROM',
    ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    'Starts a build stage on top of a base image (or `scratch`, an empty one). `AS name` lets later stages and `COPY --from` refer to this stage.',
    '开始一个构建阶段，以某个基础镜像为起点（`scratch` 表示空镜像）。`AS name` 给阶段起名，后续阶段和 `COPY --from` 可以引用它。',
  ),
  RUN: help(
    'RUN',
    [
      'RUN [--mount=<mount>] [--network=<mode>] <command>',
      'RUN ["executable", "arg1", "arg2"]',
      'RUN <<EOF ... EOF',
    ],
    'Runs a command while building and saves the files it changes as a new layer. Shell form goes through `/bin/sh -c`; the JSON form runs the program directly.',
    '在构建时执行命令，并把它改动的文件保存为新的一层。Shell 形式经由 `/bin/sh -c` 执行；JSON 形式直接运行程序。',
  ),
  CMD: help(
    'CMD',
    [
      'CMD ["executable", "arg1"]',
      'CMD ["arg1", "arg2"]  (arguments for ENTRYPOINT)',
      'CMD command arg1',
    ],
    'The default command of a container started from the image; `docker run image other-command` replaces it. Only the last CMD counts. Prefer the JSON form so the program receives stop signals.',
    '由该镜像启动的容器默认执行的命令；`docker run 镜像 其他命令` 会替换它。只有最后一条 CMD 生效。推荐 JSON 形式，这样程序能收到停止信号。',
  ),
  LABEL: help(
    'LABEL',
    ['LABEL <key>=<value> [<key>=<value> ...]'],
    'Adds metadata to the image as key/value pairs, such as a version or a maintainer. `docker inspect` shows them.',
    '以键值对形式给镜像添加元数据，比如版本号或维护者。可以用 `docker inspect` 查看。',
  ),
  MAINTAINER: help(
    'MAINTAINER',
    ['MAINTAINER <name>'],
    'Deprecated way to record the image author. Use `LABEL org.opencontainers.image.authors="..."` instead.',
    '已弃用的记录镜像作者的方式。请改用 `LABEL org.opencontainers.image.authors="..."`。',
  ),
  EXPOSE: help(
    'EXPOSE',
    ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>] ...]'],
    'Documents the ports the application listens on (TCP unless `/udp` is given). It does not publish them: use `docker run -p` for that.',
    '说明应用监听的端口（默认 TCP，可写 `/udp`）。它并不会发布端口，发布端口要用 `docker run -p`。',
  ),
  ENV: help(
    'ENV',
    ['ENV <key>=<value> [<key>=<value> ...]', 'ENV <key> <value>  (legacy)'],
    'Sets environment variables for the following instructions and for containers run from the image. Prefer the `key=value` form.',
    '设置环境变量，对后面的指令以及由镜像启动的容器都有效。推荐使用 `key=value` 形式。',
  ),
  ADD: help(
    'ADD',
    [
      'ADD [--chown=<user>:<group>] [--chmod=<perms>] <src>... <dest>',
      'ADD ["<src>", ... "<dest>"]',
    ],
    'Like COPY, but it can also download URLs and git repositories, and it unpacks local tar archives. Use COPY when you only copy files.',
    '与 COPY 类似，但还能下载 URL 和 git 仓库，并会解压本地 tar 包。只是复制文件时请用 COPY。',
  ),
  COPY: help(
    'COPY',
    [
      'COPY [--from=<stage|image>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] <src>... <dest>',
      'COPY ["<src>", ... "<dest>"]',
    ],
    'Copies files from the build context (or from another stage with `--from`) into the image. Leave a space between `COPY` and the source: `COPY . /app`.',
    '把构建上下文中的文件（或用 `--from` 从另一个阶段）复制到镜像里。`COPY` 和源路径之间要有空格：`COPY . /app`。',
  ),
  ENTRYPOINT: help(
    'ENTRYPOINT',
    ['ENTRYPOINT ["executable", "arg1"]', 'ENTRYPOINT command arg1'],
    'The program a container always runs; CMD and `docker run` arguments are passed to it. Use the JSON form so it runs as PID 1 and gets signals.',
    '容器总会运行的程序；CMD 和 `docker run` 后面的参数会传给它。请用 JSON 形式，让它作为 1 号进程运行并能收到信号。',
  ),
  VOLUME: help(
    'VOLUME',
    ['VOLUME ["/data"]', 'VOLUME /data [/other ...]'],
    'Marks a directory as a mount point: each container gets an anonymous volume there unless you mount one yourself.',
    '把一个目录声明为挂载点：除非你自己挂载，每个容器都会在这里得到一个匿名卷。',
  ),
  USER: help(
    'USER',
    ['USER <user>[:<group>]', 'USER <UID>[:<GID>]'],
    "Sets the user (and group) for the following RUN instructions and for the container's process.",
    '设置后续 RUN 指令以及容器进程所使用的用户（和组）。',
  ),
  WORKDIR: help(
    'WORKDIR',
    ['WORKDIR /path/to/dir'],
    'Sets the working directory for the following instructions and the container, creating it if needed. Use an absolute path.',
    '设置后续指令和容器的工作目录，不存在时会自动创建。请使用绝对路径。',
  ),
  ARG: help(
    'ARG',
    ['ARG <name>[=<default value>] [<name>[=<default value>] ...]'],
    'Declares a build argument that `docker build --build-arg name=value` can set. Before the first FROM it can be used in FROM lines; inside a stage it must be declared again.',
    '声明一个构建参数，可用 `docker build --build-arg name=value` 赋值。写在第一个 FROM 之前时可用于 FROM 行；在阶段内部使用要重新声明。',
  ),
  ONBUILD: help(
    'ONBUILD',
    ['ONBUILD <INSTRUCTION>'],
    'Stores an instruction that runs later, when another Dockerfile uses this image as its base.',
    '保存一条指令，等到其他 Dockerfile 以该镜像为基础镜像构建时才执行。',
  ),
  STOPSIGNAL: help(
    'STOPSIGNAL',
    ['STOPSIGNAL <signal>'],
    "The signal `docker stop` sends to the container's main process, such as `SIGQUIT` or `9`. The default is `SIGTERM`.",
    '`docker stop` 发给容器主进程的信号，例如 `SIGQUIT` 或 `9`。默认是 `SIGTERM`。',
  ),
  HEALTHCHECK: help(
    'HEALTHCHECK',
    [
      'HEALTHCHECK [--interval=30s] [--timeout=30s] [--start-period=0s] [--retries=3] CMD <command>',
      'HEALTHCHECK NONE',
    ],
    'A command Docker runs inside the container to check it still works; its exit code marks the container healthy or unhealthy. `NONE` turns off a check inherited from the base image.',
    'Docker 在容器内定期运行的检查命令，用退出码判断容器是否健康。`NONE` 关闭从基础镜像继承的检查。',
  ),
  SHELL: help(
    'SHELL',
    ['SHELL ["executable", "parameters"]'],
    'Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT, for example `["/bin/bash", "-c"]`. Only the JSON form is accepted.',
    '更换 RUN、CMD 和 ENTRYPOINT 的 Shell 形式所用的 Shell，例如 `["/bin/bash", "-c"]`。只接受 JSON 形式。',
  ),
};

/** Help for a keyword as typed (any case), or undefined for an unknown word. */
export function instructionHelp(keyword: string): InstructionHelp | undefined {
  const name = keyword.toUpperCase();
  return Object.hasOwn(INSTRUCTION_HELP, name)
    ? INSTRUCTION_HELP[name as InstructionName]
    : undefined;
}

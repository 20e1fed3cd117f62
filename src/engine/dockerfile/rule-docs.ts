// What each build check means and how to fix it, in Berth's own words, for the editor's hover and
// the lesson pages. BuildKit's own one-line descriptions are in rules.ts.

import type { RuleName } from './rules.ts';

export const RULE_DOCS: Record<RuleName, { en: string; zh: string }> = {
  StageNameCasing: {
    en: 'Write stage names in lower case. BuildKit lower-cases them anyway, so `AS Builder` and `--from=builder` name the same stage; lower case avoids the confusion.',
    zh: '阶段名请用小写。BuildKit 本来就会把它转成小写，`AS Builder` 和 `--from=builder` 指的是同一个阶段；统一小写可以避免混淆。',
  },
  FromAsCasing: {
    en: 'Write `AS` in the same case as `FROM`: `FROM image AS name`, or `from image as name`.',
    zh: '`AS` 的大小写要和 `FROM` 一致：写成 `FROM image AS name` 或 `from image as name`。',
  },
  NoEmptyContinuation: {
    en: 'A blank line inside a `\\` continuation is skipped today but will be an error later. Remove it, or put a comment line there instead.',
    zh: '用 `\\` 续行时中间的空行目前会被忽略，但以后会变成错误。请删掉空行，或改成一行注释。',
  },
  ConsistentInstructionCasing: {
    en: 'Use one case for all instruction keywords, all upper case (`RUN`) or all lower case (`run`). Mixed case still works but is harder to read.',
    zh: '所有指令关键字请统一大小写：全大写（`RUN`）或全小写（`run`）。混用仍能工作，但不易阅读。',
  },
  DuplicateStageName: {
    en: 'Two stages have the same name, so `--from` and `--target` can only reach one of them. Give each stage its own name.',
    zh: '有两个阶段同名，`--from` 和 `--target` 只能找到其中一个。请给每个阶段起不同的名字。',
  },
  ReservedStageName: {
    en: '`scratch` and `context` already mean something to the builder; choose another stage name.',
    zh: '`scratch` 和 `context` 对构建器有特殊含义，请换一个阶段名。',
  },
  JSONArgsRecommended: {
    en: 'In shell form the command runs under `/bin/sh -c`, so the shell is PID 1 and `docker stop` signals never reach your program. Write it as a JSON array: `CMD ["python", "app.py"]`.',
    zh: 'Shell 形式会通过 `/bin/sh -c` 运行，Shell 成了 1 号进程，`docker stop` 的信号到不了你的程序。请写成 JSON 数组：`CMD ["python", "app.py"]`。',
  },
  MaintainerDeprecated: {
    en: 'MAINTAINER is deprecated. Record the author with a label: `LABEL org.opencontainers.image.authors="you@example.com"`.',
    zh: 'MAINTAINER 已弃用。请用标签记录作者：`LABEL org.opencontainers.image.authors="you@example.com"`。',
  },
  UndefinedArgInFrom: {
    en: 'A FROM line uses a variable that no ARG before the first FROM declares, so it expands to nothing. Declare it with `ARG NAME=default` at the top.',
    zh: 'FROM 行用到的变量没有在第一个 FROM 之前用 ARG 声明，展开后是空的。请在文件开头用 `ARG NAME=默认值` 声明。',
  },
  WorkdirRelativePath: {
    en: 'A relative WORKDIR is resolved against whatever directory the base image set, which may change. Start with an absolute path such as `WORKDIR /app`.',
    zh: '相对路径的 WORKDIR 取决于基础镜像设置的目录，而它可能会变。请先用绝对路径，例如 `WORKDIR /app`。',
  },
  UndefinedVar: {
    en: 'The instruction uses a variable that is neither set with ENV nor declared with ARG in this stage, so it expands to an empty string. Check the spelling, or declare it.',
    zh: '指令用到的变量在本阶段既没有用 ENV 设置，也没有用 ARG 声明，会展开成空字符串。请检查拼写或先声明它。',
  },
  MultipleInstructionsDisallowed: {
    en: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK in a stage takes effect; the earlier one is ignored. Keep just one.',
    zh: '一个阶段里只有最后一条 CMD、ENTRYPOINT 或 HEALTHCHECK 生效，前面的会被忽略。只保留一条即可。',
  },
  LegacyKeyValueFormat: {
    en: 'Write `ENV NAME=value` (or `LABEL key=value`) with an equals sign. The old `ENV NAME value` form allows only one variable and is easy to misread.',
    zh: '请写成带等号的 `ENV NAME=value`（或 `LABEL key=value`）。旧的 `ENV NAME value` 形式一次只能设一个变量，也容易看错。',
  },
  RedundantTargetPlatform: {
    en: '`--platform=$TARGETPLATFORM` is what FROM does anyway; remove the flag.',
    zh: '`--platform=$TARGETPLATFORM` 本来就是 FROM 的默认行为，可以去掉这个参数。',
  },
  SecretsUsedInArgOrEnv: {
    en: 'ARG and ENV values are saved in the image and its history, where anyone with the image can read them. Pass secrets with `RUN --mount=type=secret` instead.',
    zh: 'ARG 和 ENV 的值会保存在镜像及其历史中，拿到镜像的人都能看到。请改用 `RUN --mount=type=secret` 传递机密信息。',
  },
  InvalidDefaultArgInFrom: {
    en: 'With its default value, the global ARG used in FROM gives an empty or invalid image name. Give the ARG a valid default.',
    zh: 'FROM 中使用的全局 ARG 按默认值展开后，得到的镜像名为空或不合法。请给这个 ARG 一个有效的默认值。',
  },
  FromPlatformFlagConstDisallowed: {
    en: 'A fixed `--platform` (such as `linux/amd64`) overrides what the user asked for. Use a variable such as `$BUILDPLATFORM`, or name the stage after the platform.',
    zh: '写死的 `--platform`（例如 `linux/amd64`）会覆盖用户要求的平台。请使用 `$BUILDPLATFORM` 之类的变量，或在阶段名中注明平台。',
  },
  CopyIgnoredFile: {
    en: 'The file is excluded by `.dockerignore`, so it is never sent to the builder and COPY or ADD cannot find it. Remove it from `.dockerignore` or stop copying it.',
    zh: '该文件被 `.dockerignore` 排除了，不会发送给构建器，COPY 或 ADD 找不到它。请从 `.dockerignore` 中移除它，或不再复制它。',
  },
  ExposeProtoCasing: {
    en: 'Write the protocol in lower case: `EXPOSE 80/tcp`, not `80/TCP`.',
    zh: '协议名请用小写：写 `EXPOSE 80/tcp`，不要写 `80/TCP`。',
  },
  ExposeInvalidFormat: {
    en: 'EXPOSE only lists container ports. Host addresses and host ports (`8080:80`) belong in `docker run -p`.',
    zh: 'EXPOSE 只写容器端口。主机地址和主机端口（`8080:80`）应写在 `docker run -p` 中。',
  },
};

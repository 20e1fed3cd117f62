// What a learner reads when a check has not passed yet, in their language, built from the
// check itself so every check in the vocabulary explains itself.

import type { Language } from '../i18n/index.ts';
import type { Check, ContainerMatch } from './checks.ts';

function describeContainer(match: ContainerMatch, lang: Language): string {
  const parts: string[] = [];
  if (lang === 'en') {
    if (match.name) parts.push(`named ${match.name}`);
    if (match.image) parts.push(`from the image ${match.image}`);
    if (match.publishes) parts.push(`publishing ${match.publishes}`);
    if (match.env) parts.push(`with ${match.env} in its environment`);
    if (match.restart) parts.push(`with the restart policy ${match.restart}`);
    if (match.status === 'exited' && match.exitCode !== undefined) {
      parts.push(`that exited with code ${match.exitCode}`);
    } else if (match.status) parts.push(`that is ${match.status}`);
    else if (match.exitCode !== undefined) parts.push(`that exited with code ${match.exitCode}`);
    return ['container', ...parts].join(' ');
  }
  if (match.name) parts.push(`名为 ${match.name}`);
  if (match.image) parts.push(`由镜像 ${match.image} 创建`);
  if (match.publishes) parts.push(`发布了端口 ${match.publishes}`);
  if (match.env) parts.push(`环境变量中有 ${match.env}`);
  if (match.restart) parts.push(`重启策略为 ${match.restart}`);
  const status: Record<string, string> = {
    created: '已创建未启动',
    running: '正在运行',
    paused: '已暂停',
    restarting: '正在重启',
    exited: '已退出',
  };
  if (match.exitCode !== undefined) parts.push(`以退出码 ${match.exitCode} 退出`);
  else if (match.status) parts.push(status[match.status] ?? match.status);
  return parts.length ? `${parts.join('、')}的容器` : '容器';
}

export function describeFailure(check: Check, lang: Language): string {
  const en = lang === 'en';
  if ('image' in check) {
    return en ? `There is no image ${check.image} on the host yet.` : `主机上还没有镜像 ${check.image}。`;
  }
  if ('noImage' in check) {
    return en ? `The image ${check.noImage} is still on the host.` : `镜像 ${check.noImage} 仍在主机上。`;
  }
  if ('noDanglingImages' in check) {
    return en
      ? 'There are still dangling images (<none>:<none>) on the host.'
      : '主机上仍有悬空镜像（<none>:<none>）。';
  }
  if ('container' in check) {
    const what = describeContainer(check.container, lang);
    return en ? `There is no ${what} yet.` : `还没有${what}。`;
  }
  if ('noContainer' in check) {
    const what = describeContainer(check.noContainer, lang);
    return en ? `There is still a ${what}.` : `仍然存在${what}。`;
  }
  if ('file' in check) {
    const { path, contains } = check.file;
    if (contains === undefined) return en ? `The file ${path} does not exist yet.` : `文件 ${path} 还不存在。`;
    return en
      ? `The file ${path} does not contain “${contains}” yet.`
      : `文件 ${path} 中还没有“${contains}”。`;
  }
  if ('noFile' in check) {
    return en ? `${check.noFile} still exists.` : `${check.noFile} 仍然存在。`;
  }
  return en
    ? 'You have not yet run, successfully, the command this step asks for.'
    : '你还没有成功运行这一步要求的命令。';
}

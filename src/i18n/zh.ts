// 中文界面文字。键与英文词典一一对应，缺一个键类型检查就会失败。

import type { Messages } from './en.ts';

export const zh: Messages = {
  'site.name': 'Berth',
  'site.tagline': '在浏览器里亲手运行容器，学会容器。',
  'site.description':
    '中英双语课程：虚拟化、Docker、镜像、Dockerfile、数据卷、网络、Compose 与 Kubernetes，每一课旁边都有一个程序真正运行的练习场。',
  'nav.skip': '跳到正文',
  'nav.home': '首页',
  'nav.lessons': '课程',
  'nav.language': '语言',
  'nav.switchTo': 'English',
  'nav.switchToLabel': '用英文阅读本页',
  'root.title': 'Berth：选择语言',
  'root.intro': 'Berth 用中文和英文讲授容器技术。',
  'home.heading': '动手运行容器，学会容器',
  'home.intro':
    '每一课旁边都有终端、编辑器和预览。docker 命令的回应与真实的 Docker 一致，容器里的程序也真的在运行。无需安装任何东西，离线也能继续使用。',
  'home.lessons': '课程',
  'home.start': '从第一课开始',
  'lesson.number': '第 {n} 课',
  'lesson.previous': '上一课',
  'lesson.next': '下一课',
  'lesson.contents': '课文',
  'lesson.runSnippet': '在终端中运行',
  'layout.resize': '调整课文与练习场的宽度',
  'layout.tabLesson': '课文',
  'layout.tabPlayground': '练习场',
  'playground.label': '练习场',
  'playground.loading': '正在启动练习场…',
  'playground.terminal': '终端',
  'playground.editor': '编辑器',
  'playground.preview': '预览',
  'playground.files': '文件',
  'playground.reset': '重置',
  'playground.resetConfirm': '要把本课的文件恢复到初始状态吗？你对这些文件的修改将会丢失。',
  'playground.resetDone': '工作区已恢复为本课的初始文件。',
  'playground.terminalHelp': '终端。输入命令后按回车执行。按 Esc 离开终端；按 Tab 补全。',
  'playground.editorLoading': '正在加载编辑器…',
  'playground.editorEmpty': '在左侧选择一个文件即可打开。',
  'playground.closeTab': '关闭 {name}',
  'playground.previewEmpty': '暂时没有可预览的内容。容器发布端口后，它的网页会显示在这里。',
  'playground.saved': '已保存在本浏览器中',
  'playground.welcome': '欢迎来到 Berth。这是一台装有 Docker 的模拟 Linux 主机。输入 help 查看可用命令。',
  'playground.workerFailed':
    '练习场无法在此浏览器中启动。请刷新页面；如果仍然失败，请换用较新的 Chrome、Edge 或 Firefox。',
  'playground.storageUnavailable':
    '此浏览器不会保存文件（可能处于隐私模式）。你的修改只保留到离开本页为止。',
};

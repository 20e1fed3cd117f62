// English UI strings: the reference dictionary. Every other language must have every key.

export const en = {
  'site.name': 'Berth',
  'site.tagline': 'Learn containers by running them, in your browser.',
  'site.description':
    'Bilingual lessons on virtualization, Docker, images, Dockerfiles, volumes, networks, Compose and Kubernetes, each beside a playground whose programs really run.',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.lessons': 'Lessons',
  'nav.site': 'Site',
  'nav.language': 'Language',
  'nav.switchTo': '中文',
  'nav.switchToLabel': 'Read this page in Chinese',
  'nav.supports': 'What Berth supports',
  'nav.search': 'Search',
  'search.title': 'Search the lessons',
  'search.placeholder': 'Search lessons, commands, terms…',
  'search.noScript': 'Search needs JavaScript. The lesson list on the home page links every lesson.',
  'search.unavailable': 'The search index is built with the site (npm run build); it is missing here.',
  'supports.title': 'What Berth supports',
  'supports.intro':
    'Every docker command the playground knows, with each flag and how much of it Berth does. Where Berth does less than Docker, the terminal says so in one line instead of pretending.',
  'supports.summary': '{commands} commands: {full} in full, {partial} in part.',
  'supports.full': 'full',
  'supports.partial': 'partial',
  'supports.unsupported': 'not yet',
  'supports.aliases': 'Also typed as',
  'supports.flag': 'Flag',
  'supports.status': 'Status',
  'supports.what': 'What it does',
  'supports.shellTitle': 'The shell around docker',
  'supports.shell':
    'The terminal is a bash-like shell with quotes, variables, $?, ;, && and ||, pipes and > / >> redirection, and the everyday commands: ls, cat, cd, pwd, echo, mkdir, touch, rm, cp, mv, grep, head, tail, wc, env, export, which, history, sleep and clear. Loops, if, here-documents and background jobs are not supported; the shell says so when you use them.',
  'root.title': 'Berth: choose your language',
  'root.intro': 'Berth teaches containers in Chinese and English.',
  'home.heading': 'Learn containers by running them',
  'home.intro':
    'Each lesson sits beside a terminal, an editor and a preview. The docker commands answer as Docker does, and the programs inside the containers really run. Nothing to install, and it keeps working offline.',
  'home.lessons': 'Lessons',
  'home.reference': 'Reference',
  'home.start': 'Start the first lesson',
  'home.progress': '{done} of {all} exercises done',
  'lesson.number': 'Lesson {n}',
  'lesson.previous': 'Previous lesson',
  'lesson.next': 'Next lesson',
  'lesson.contents': 'Lesson',
  'lesson.runSnippet': 'Run in terminal',
  'lesson.copySnippet': 'Copy',
  'lesson.copied': 'Copied',
  'exercise.label': 'Exercise',
  'exercise.check': 'Check',
  'exercise.checking': 'Checking…',
  'exercise.done': 'Done',
  'exercise.passed': 'All checks pass. Well done.',
  'exercise.hint': 'Hint',
  'exercise.hintN': 'Hint {n}',
  'exercise.solution': 'Show a solution',
  'exercise.waiting': 'The playground is still starting; try again in a moment.',
  'layout.resize': 'Resize the lesson and the playground',
  'layout.tabLesson': 'Lesson',
  'layout.tabPlayground': 'Playground',
  'playground.label': 'Playground',
  'playground.terminal': 'Terminal',
  'playground.editor': 'Editor',
  'playground.preview': 'Preview',
  'playground.files': 'Files',
  'playground.reset': 'Reset',
  'playground.resetConfirm':
    "Reset this lesson's files to how they started? Your changes to them will be lost.",
  'playground.resetDone': 'The workspace was reset to the lesson’s starting files.',
  'playground.terminalHelp':
    'Terminal. Type commands and press Enter. Press Escape to leave the terminal; Tab completes.',
  'playground.editorLoading': 'Loading the editor…',
  'playground.editorEmpty': 'Choose a file on the left to open it.',
  'playground.closeTab': 'Close {name}',
  'playground.previewEmpty':
    'Nothing to preview yet. When a container publishes a port, its web page appears here.',
  'playground.saved': 'Saved in this browser',
  'playground.welcome':
    'Welcome to Berth. This is a simulated Linux host with Docker. Type help to see the commands.',
  'playground.workerFailed':
    'The playground could not start in this browser. Reload the page; if it keeps failing, try a current Chrome, Edge or Firefox.',
  'playground.storageUnavailable':
    'This browser is not keeping files (private mode?). Your work lasts until you leave the page.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

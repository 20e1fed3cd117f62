// The starting files of the playground's named workspaces (content/examples/<name>/), read at
// build time and embedded in the lesson page.

const sources = import.meta.glob<string>(
  ['/content/examples/**/*', '/content/examples/**/.*'],
  { query: '?raw', import: 'default', eager: true },
);

export function exampleFiles(name: string | undefined): Record<string, string> {
  if (!name) return {};
  const prefix = `/content/examples/${name}/`;
  const files: Record<string, string> = {};
  for (const [path, content] of Object.entries(sources)) {
    if (path.startsWith(prefix)) files[path.slice(prefix.length)] = content;
  }
  return files;
}

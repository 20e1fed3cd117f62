// Which Monaco language highlights a workspace file, by its name as Docker users name them.

export function languageOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  const lower = name.toLowerCase();
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) {
    return 'dockerfile';
  }
  if (lower.endsWith('.py')) return 'python';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.sh') || lower.endsWith('.bash') || lower === '.bashrc') return 'shell';
  if (lower.endsWith('.md')) return 'markdown';
  if (lower.endsWith('.json')) return 'json';
  if (lower === '.env' || lower.endsWith('.env')) return 'ini';
  if (lower.endsWith('.ini') || lower.endsWith('.cfg') || lower.endsWith('.toml')) return 'ini';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.js') || lower.endsWith('.mjs')) return 'javascript';
  return 'plaintext';
}

// The workspace's file tree beside the editor: folders first, then files, by name; a click or
// Enter opens a file.

import type { WorkspaceMirror } from './workspace-mirror.ts';

interface Node {
  name: string;
  path: string;
  children: Map<string, Node> | null;
}

function buildTree(mirror: WorkspaceMirror): Node {
  const root: Node = { name: '', path: '', children: new Map() };
  const add = (path: string, isDirectory: boolean) => {
    let node = root;
    const parts = path.split('/');
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const children = node.children ?? new Map<string, Node>();
      node.children = children;
      let child = children.get(part);
      if (!child) {
        const childPath = parts.slice(0, i + 1).join('/');
        child = { name: part, path: childPath, children: last && !isDirectory ? null : new Map() };
        children.set(part, child);
      }
      node = child;
    });
  };
  for (const dir of mirror.directories) add(dir, true);
  for (const file of mirror.files.keys()) add(file, false);
  return root;
}

function sorted(children: Map<string, Node>): Node[] {
  return [...children.values()].sort((a, b) => {
    if (!!a.children !== !!b.children) return a.children ? -1 : 1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

export function renderFileTree(
  host: HTMLElement,
  mirror: WorkspaceMirror,
  activePath: string | null,
  onOpen: (path: string) => void,
): void {
  const list = document.createElement('ul');
  list.className = 'tree';
  list.setAttribute('role', 'list');
  const addNodes = (parent: HTMLElement, node: Node, depth: number) => {
    for (const child of sorted(node.children ?? new Map())) {
      const item = document.createElement('li');
      const label = document.createElement(child.children ? 'span' : 'button');
      label.className = child.children ? 'tree-folder' : 'tree-file';
      label.textContent = child.children ? child.name + '/' : child.name;
      label.style.paddingInlineStart = `${0.5 + depth * 0.9}rem`;
      label.title = child.path;
      if (!child.children) {
        const button = label as HTMLButtonElement;
        button.type = 'button';
        button.dataset.path = child.path;
        if (child.path === activePath) button.setAttribute('aria-current', 'true');
        button.addEventListener('click', () => onOpen(child.path));
      }
      item.append(label);
      parent.append(item);
      if (child.children) addNodes(parent, child, depth + 1);
    }
  };
  addNodes(list, buildTree(mirror), 0);
  host.replaceChildren(list);
}

// Loads Pagefind's search UI into the search page; its files exist only in a built site.

interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

function load(tag: 'link' | 'script', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const element = document.createElement(tag);
    if (element instanceof HTMLLinkElement) {
      element.rel = 'stylesheet';
      element.href = url;
    } else if (element instanceof HTMLScriptElement) element.src = url;
    element.onload = () => resolve();
    element.onerror = () => reject(new Error(url));
    document.head.append(element);
  });
}

export async function mountSearch(): Promise<void> {
  const host = document.querySelector<HTMLElement>('[data-search]');
  if (!host) return;
  try {
    await Promise.all([load('link', '/pagefind/pagefind-ui.css'), load('script', '/pagefind/pagefind-ui.js')]);
  } catch {
    host.textContent = host.dataset.unavailable ?? '';
    return;
  }
  const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
  new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    autofocus: true,
    translations: { placeholder: host.dataset.placeholder },
  });
  // Pagefind's input carries only a title; give it a real accessible name.
  const label = () => {
    const input = host.querySelector('input');
    if (!input) return false;
    input.setAttribute('aria-label', host.dataset.placeholder ?? '');
    return true;
  };
  if (!label()) {
    const observer = new MutationObserver(() => label() && observer.disconnect());
    observer.observe(host, { childList: true, subtree: true });
  }
}

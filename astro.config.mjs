// Berth's site: static lesson pages in two languages, served by the Node adapter so the
// classroom API can live beside them. Every response is cross-origin isolated (COOP/COEP):
// the runtimes need SharedArrayBuffer.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { isolationHeaders } from './scripts/isolation.mjs';

/**
 * Monaco's modules import their own CSS, which Astro would link from every lesson page even
 * though the editor loads later. Drop those imports; src/ui/editor/monaco.ts links Monaco's
 * prebuilt stylesheet (fonts inlined) when the editor first opens.
 */
function monacoStylesOnDemand() {
  return {
    name: 'berth:monaco-styles-on-demand',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/monaco-editor/esm/') || !code.includes('.css')) return null;
      return { code: code.replace(/^import\s+['"][^'"]+\.css['"];?\s*$/gm, ''), map: null };
    },
  };
}

const monacoStylesheet = fileURLToPath(
  new URL('./node_modules/monaco-editor/min/vs/editor/editor.main.css', import.meta.url),
);

export default defineConfig({
  integrations: [mdx()],
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'always',
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  server: { headers: isolationHeaders },
  devToolbar: { enabled: false },
  vite: {
    plugins: [monacoStylesOnDemand()],
    resolve: { alias: [{ find: /^berth-monaco-stylesheet(?=\?|$)/, replacement: monacoStylesheet }] },
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
    worker: { format: 'es' },
  },
});

// Berth's site: static lesson pages in two languages, served by the Node adapter so the
// classroom API can live beside them. Every response is cross-origin isolated (COOP/COEP):
// the runtimes need SharedArrayBuffer.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { isolationHeaders } from './scripts/isolation.mjs';

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
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
    worker: { format: 'es' },
  },
});

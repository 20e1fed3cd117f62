// Serves the built site (`npm start`, `npm run preview`) with the cross-origin isolation
// headers on every response, static files included, which the adapter alone cannot add.
import { createServer } from 'node:http';
import { isolationHeaders } from './isolation.mjs';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('../dist/server/entry.mjs');

const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 4321);

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(isolationHeaders)) res.setHeader(name, value);
  handler(req, res);
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`Berth is being served at http://${host}:${shown}/\n`);
});

import { fileURLToPath } from 'node:url';
import { startPreviewServer } from './preview_server.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const text = process.env.PORT ?? '4173';
const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
if (!(port >= 1 && port <= 65535)) {
  console.error(`PORT must be a number from 1 to 65535, not "${text}": run e.g. PORT=8080 npm start`);
  process.exit(2);
}
try {
  const { url } = await startPreviewServer(dist, port);
  console.log(`The explorer is running at ${url} (Ctrl+C to stop).`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const inUse = code === 'EADDRINUSE' || /already in use/i.test((error as Error).message);
  console.error(inUse ? `Port ${port} is in use: stop what runs there, or choose another port, e.g. PORT=8080 npm start` : `Could not serve ${dist}: ${(error as Error).message}`);
  process.exit(2);
}

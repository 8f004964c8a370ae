import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static_server.ts';

const root = fileURLToPath(new URL('../../dist', import.meta.url));
const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer(root, port);
console.log(`The explorer is running at ${url} (Ctrl+C to stop).`);

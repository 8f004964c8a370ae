import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/**
 * Serves a built app folder on 127.0.0.1 with `vite preview` and the project's config: its
 * security headers, compression and request guard (vite.config.ts).
 *
 * @param port - 0 picks a free port; a port in use is an error, not another port
 */
export async function startPreviewServer(outDir: string, port: number): Promise<RunningServer> {
  const server = await preview({ configFile: CONFIG, logLevel: 'error', build: { outDir }, preview: { port, strictPort: true } });
  const address = server.httpServer.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actual}/`, close: () => server.close() };
}

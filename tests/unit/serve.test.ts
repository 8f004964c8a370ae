import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm start`'s server (without the build) with PORT set, until it exits. */
function serve(port: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], { cwd: ROOT, env: { ...process.env, PORT: port }, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, lines: run.stderr.trim().split('\n') };
}

describe('npm start with a bad PORT', () => {
  it.each(['abc', '70000', '0', '-1', ''])('says in one line what PORT must be (PORT=%j) and exits with 2', (port) => {
    const { status, lines } = serve(port);
    expect(status).toBe(2);
    expect(lines).toEqual([`PORT must be a number from 1 to 65535, not "${port}": run e.g. PORT=8080 npm start`]);
  });

  it('says in one line that a port in use is in use, and exits with 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { status, lines } = serve(String(port));
      expect(status).toBe(2);
      expect(lines).toEqual([`Port ${port} is in use: stop what runs there, or choose another port, e.g. PORT=8080 npm start`]);
    } finally {
      blocker.close();
    }
  }, 60_000);
});

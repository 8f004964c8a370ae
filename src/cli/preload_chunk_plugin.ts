import type { Plugin } from 'vite';

/**
 * Vite plugin that names a lazily imported chunk in index.html as a module to preload, so the
 * browser fetches and compiles it from the first moment instead of once the entry has run. The
 * map's chunk (MapLibre, 290 KB gzipped) stays out of the entry, so the panels still render
 * before it arrives.
 *
 * @param moduleSuffix - the end of the chunk's own module path, e.g. `src/map/map_view.ts`
 */
export function preloadChunk(moduleSuffix: string): Plugin {
  return {
    name: 'explorer-preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(moduleSuffix));
        if (!chunk) throw new Error(`preloadChunk: no chunk for ${moduleSuffix}`);
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

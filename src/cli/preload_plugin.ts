import type { Plugin } from 'vite';

export interface PreloadOptions {
  /** The end of a lazily imported chunk's own module path, e.g. `src/map/map_view.ts`. */
  chunk: string;
  /** Font files the first render sets text in, by the start of their built name (`noto-sans-latin-400-normal`). */
  fonts: string[];
  /** Data files the first render fetches, by their path in the build (`geodata/datapackage.json`). */
  data: string[];
}

/**
 * Vite plugin that names in index.html what the first render needs before the code asks for it:
 * the map's chunk as a module to preload (MapLibre, 290 KB gzipped, stays out of the entry so
 * the panels still render before it arrives), and the panels' fonts. Without the font preloads
 * the panels are first laid out and painted in a fallback font and then all over again when the
 * fonts arrive, which in a software renderer costs a few hundred milliseconds of the load. The
 * data is named too: the layers are listed in the catalogue, whose answer would otherwise wait
 * behind MapLibre's start-up on the main thread before the layers are even asked for.
 */
export function preload({ chunk, fonts, data }: PreloadOptions): Plugin {
  return {
    name: 'explorer-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.values(context.bundle ?? {});
        const code = files.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(chunk));
        if (!code) throw new Error(`preload: no chunk for ${chunk}`);
        const fontFiles = fonts.map((stem) => {
          const file = files.find((f) => f.type === 'asset' && f.fileName.startsWith(`assets/${stem}-`) && f.fileName.endsWith('.woff2'));
          if (!file) throw new Error(`preload: no font file ${stem}-*.woff2`);
          return file.fileName;
        });
        const missing = data.filter((name) => !files.some((f) => f.fileName === name));
        if (missing.length) throw new Error(`preload: not in the build: ${missing.join(', ')}`);
        return [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${code.fileName}` }, injectTo: 'head' },
          ...fontFiles.map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
          // crossorigin, as fetch() asks in cors mode: a preload made otherwise would not be reused.
          ...data.map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

import type { StyleSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import greek from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import unicode from '@fontsource/noto-sans/unicode.json';

/** The font stack name every label layer uses. */
export const LABEL_FONT = 'Noto Sans Regular';

const ranges = (subset: keyof typeof unicode): string[] => unicode[subset].split(',');

/**
 * The style's `font-faces`: self-hosted Noto Sans files shipped with the app, so labels need
 * no glyph server (MapLibre draws them with TinySDF from these files).
 */
export const FONT_FACES: NonNullable<StyleSpecification['font-faces']> = {
  [LABEL_FONT]: [
    { url: latin, 'unicode-range': ranges('latin') },
    { url: latinExt, 'unicode-range': ranges('latin-ext') },
    { url: greek, 'unicode-range': ranges('greek') },
    { url: cyrillic, 'unicode-range': ranges('cyrillic') },
  ],
};

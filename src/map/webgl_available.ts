/**
 * Whether this browser can give MapLibre a WebGL 2 context. Checked before the map chunk is
 * even loaded, so a browser without WebGL gets the text-only view at once.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

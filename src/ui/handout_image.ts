/** What a handout shows besides the map. */
export interface HandoutContent {
  title: string;
  date: string;
  legendTitle: string;
  legend: { color: string; label: string; hatched: boolean }[];
  citations: string[];
  /** Ground distance of one CSS pixel at the map's centre. */
  metersPerCssPixel: number;
  /** The scale bar's label for a distance: "100 km", "100 км". */
  km: (km: number) => string;
}

const MARGIN = 24;
const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * Lays a map image out as a handout: title and date above, then the map with a scale bar, the
 * legend beside it and the citations of every visible layer underneath, all at the image's
 * resolution (`ratio` device pixels per CSS pixel).
 */
export function handoutImage(map: HTMLCanvasElement, ratio: number, content: HandoutContent): HTMLCanvasElement {
  const px = (v: number) => Math.round(v * ratio);
  const legendWidth = px(230);
  const lineHeight = px(15);
  const width = map.width + legendWidth + px(MARGIN * 3);
  const citationLines = content.citations.flatMap((c) => wrap(c, 150));
  const height = px(MARGIN + 56) + map.height + px(MARGIN) + citationLines.length * lineHeight + px(MARGIN * 2);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fffdf8';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#222';
  g.font = `700 ${px(22)}px "Noto Sans", sans-serif`;
  g.fillText(content.title, px(MARGIN), px(MARGIN + 22));
  g.font = `${px(16)}px "Noto Sans", sans-serif`;
  g.fillText(content.date, px(MARGIN), px(MARGIN + 46));

  const mapTop = px(MARGIN + 56);
  g.drawImage(map, px(MARGIN), mapTop);
  g.strokeStyle = '#999';
  g.lineWidth = px(1);
  g.strokeRect(px(MARGIN), mapTop, map.width, map.height);
  drawScaleBar(g, px(MARGIN + 12), mapTop + map.height - px(16), content, ratio);

  let y = mapTop + px(4);
  const x = px(MARGIN * 2) + map.width;
  g.font = `700 ${px(14)}px "Noto Sans", sans-serif`;
  g.fillText(content.legendTitle, x, (y += px(14)));
  g.font = `${px(12)}px "Noto Sans", sans-serif`;
  for (const item of content.legend) {
    y += px(20);
    g.fillStyle = item.color;
    g.globalAlpha = item.hatched ? 0.35 : 0.8;
    g.fillRect(x, y - px(11), px(22), px(13));
    g.globalAlpha = 1;
    if (item.hatched) hatch(g, x, y - px(11), px(22), px(13), item.color, ratio);
    g.fillStyle = '#222';
    for (const [i, line] of wrap(item.label, 28).entries()) g.fillText(line, x + px(30), y + i * lineHeight);
    y += (wrap(item.label, 28).length - 1) * lineHeight;
  }

  g.font = `${px(11)}px "Noto Sans", sans-serif`;
  g.fillStyle = '#333';
  let cy = mapTop + map.height + px(MARGIN);
  for (const line of citationLines) g.fillText(line, px(MARGIN), (cy += lineHeight));
  return canvas;
}

function drawScaleBar(g: CanvasRenderingContext2D, x: number, y: number, { metersPerCssPixel, km: label }: HandoutContent, ratio: number): void {
  const maxKm = (metersPerCssPixel * 120) / 1000;
  const km = [...NICE_KM].reverse().find((k) => k <= maxKm) ?? NICE_KM[0]!;
  const length = ((km * 1000) / metersPerCssPixel) * ratio;
  g.fillStyle = '#fffdf8cc';
  g.fillRect(x - 4 * ratio, y - 16 * ratio, length + 8 * ratio, 22 * ratio);
  g.strokeStyle = '#222';
  g.lineWidth = 2 * ratio;
  g.beginPath();
  g.moveTo(x, y - 5 * ratio);
  g.lineTo(x, y);
  g.lineTo(x + length, y);
  g.lineTo(x + length, y - 5 * ratio);
  g.stroke();
  g.fillStyle = '#222';
  g.font = `${11 * ratio}px "Noto Sans", sans-serif`;
  g.fillText(label(km), x + 3 * ratio, y - 6 * ratio);
}

function hatch(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, color: string, ratio: number): void {
  g.save();
  g.beginPath();
  g.rect(x, y, w, h);
  g.clip();
  g.strokeStyle = color;
  g.lineWidth = 1.5 * ratio;
  for (let d = -h; d < w; d += 5 * ratio) {
    g.beginPath();
    g.moveTo(x + d, y + h);
    g.lineTo(x + d + h, y);
    g.stroke();
  }
  g.restore();
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

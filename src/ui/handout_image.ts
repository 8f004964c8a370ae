import type { LegendKey } from './legend_entries.ts';

/** Paper sizes for a handout, landscape (the region is wider than it is tall), in millimetres. */
export const PAPERS = { a4: [297, 210], letter: [279.4, 215.9] } as const;
export type Paper = keyof typeof PAPERS;

/** Pixels per inch of a handout: enough for a laser print, small enough to mail. */
const DPI = 150;

/** What a handout shows besides the map. */
export interface HandoutContent {
  title: string;
  date: string;
  legendTitle: string;
  powers: { color: string; label: string; held: boolean; claimed: boolean; unclaimed: boolean }[];
  keys: { key: LegendKey; label: string }[];
  sourcesTitle: string;
  /** The sources of what is drawn, one line each, numbered on the sheet. */
  sources: string[];
  /** The scale bar's label for a distance: "100 km", "100 км". */
  km: (km: number) => string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where everything goes on the sheet, in its pixels: the map takes what the rest leaves. */
export interface HandoutLayout {
  width: number;
  height: number;
  map: Box;
  legend: Box;
  sources: Box & { columns: number; lineHeight: number };
}

const MARGIN = 40;
const HEADER = 92;
const LEGEND_WIDTH = 330;
const SOURCE_LINE = 21;
const SOURCE_COLUMNS = 3;
const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * The sheet at 150 dpi: title and date across the top, the map below them with the legend
 * beside it, the numbered sources in three columns under both. The map is as large as the
 * sources leave room for.
 */
export function handoutLayout(paper: Paper, sourceCount: number): HandoutLayout {
  const [wMm, hMm] = PAPERS[paper];
  const width = Math.round((wMm / 25.4) * DPI);
  const height = Math.round((hMm / 25.4) * DPI);
  const rows = Math.ceil(sourceCount / SOURCE_COLUMNS) + 1;
  const sourcesHeight = rows * SOURCE_LINE;
  const mapHeight = height - HEADER - sourcesHeight - MARGIN * 3;
  const map = { x: MARGIN, y: HEADER, w: width - LEGEND_WIDTH - MARGIN * 3, h: mapHeight };
  return {
    width,
    height,
    map,
    legend: { x: map.x + map.w + MARGIN, y: HEADER, w: LEGEND_WIDTH, h: mapHeight },
    sources: { x: MARGIN, y: HEADER + mapHeight + MARGIN, w: width - MARGIN * 2, h: sourcesHeight, columns: SOURCE_COLUMNS, lineHeight: SOURCE_LINE },
  };
}

/**
 * Lays a map image out as a handout on the layout's sheet: title and date, the map with a scale
 * bar and a north arrow, the full legend (each power solid where held and hatched where claimed,
 * and the line styles), and the numbered sources.
 */
export function handoutImage(map: HTMLCanvasElement, metersPerPixel: number, layout: HandoutLayout, content: HandoutContent): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fffdf8';
  g.fillRect(0, 0, layout.width, layout.height);
  g.fillStyle = '#222';
  g.font = '700 30px "Noto Sans", sans-serif';
  g.fillText(content.title, MARGIN, MARGIN + 14);
  g.font = '22px "Noto Sans", sans-serif';
  g.fillText(content.date, MARGIN, MARGIN + 44);

  const { map: m } = layout;
  g.drawImage(map, m.x, m.y, m.w, m.h);
  g.strokeStyle = '#777';
  g.lineWidth = 1.5;
  g.strokeRect(m.x, m.y, m.w, m.h);
  drawScaleBar(g, m.x + 16, m.y + m.h - 18, (metersPerPixel * map.width) / m.w, content.km);
  drawNorthArrow(g, m.x + m.w - 34, m.y + 20);
  drawLegend(g, layout.legend, content);
  drawSources(g, layout.sources, content);
  return canvas;
}

function drawLegend(g: CanvasRenderingContext2D, box: Box, content: HandoutContent): void {
  let y = box.y + 20;
  g.fillStyle = '#222';
  g.font = '700 20px "Noto Sans", sans-serif';
  g.fillText(content.legendTitle, box.x, y);
  g.font = '16px "Noto Sans", sans-serif';
  const textX = box.x + 64;
  const lines = (text: string) => wrap(g, text, box.w - 64);
  for (const power of content.powers) {
    y += 12;
    if (power.held) swatch(g, box.x, y, power.color, 'solid');
    if (power.claimed || power.unclaimed) swatch(g, box.x + (power.held ? 30 : 0), y, power.color, power.claimed ? 'hatched' : 'dotted');
    g.fillStyle = '#222';
    for (const line of lines(power.label)) g.fillText(line, textX, (y += 19) - 4);
  }
  y += 16;
  for (const { key, label } of content.keys) {
    y += 12;
    if (key === 'control' || key === 'claim' || key === 'unclaimed') swatch(g, box.x, y, '#666', SWATCH_OF_KEY[key]);
    else lineSample(g, box.x, y + 9, key);
    g.fillStyle = '#222';
    for (const line of lines(label)) g.fillText(line, textX, (y += 19) - 4);
  }
}

function drawSources(g: CanvasRenderingContext2D, box: HandoutLayout['sources'], content: HandoutContent): void {
  g.fillStyle = '#222';
  g.font = '700 16px "Noto Sans", sans-serif';
  g.fillText(content.sourcesTitle, box.x, box.y + 14);
  g.font = '14px "Noto Sans", sans-serif';
  const rows = Math.ceil(content.sources.length / box.columns);
  const columnWidth = box.w / box.columns;
  content.sources.forEach((source, i) => {
    const column = Math.floor(i / rows);
    const x = box.x + column * columnWidth;
    const y = box.y + 14 + ((i % rows) + 1) * box.lineHeight;
    g.fillText(ellipsis(g, `${i + 1}. ${source}`, columnWidth - 16), x, y);
  });
}

const SWATCH_OF_KEY = { control: 'solid', claim: 'hatched', unclaimed: 'dotted' } as const;

/** A legend swatch drawn as the map draws the kind (layer_styles.ts): a tint, white-edged stripes, or white-ringed dots. */
function swatch(g: CanvasRenderingContext2D, x: number, y: number, color: string, fill: 'solid' | 'hatched' | 'dotted'): void {
  const [w, h] = [26, 16];
  g.save();
  g.fillStyle = color;
  g.globalAlpha = fill === 'solid' ? 0.55 : 0.12;
  g.fillRect(x, y, w, h);
  g.globalAlpha = 1;
  if (fill === 'dotted') {
    for (const [dx, dy] of [[5, 4], [13, 4], [21, 4], [9, 11], [17, 11]] as const) {
      g.beginPath();
      g.arc(x + dx, y + dy, 2.4, 0, Math.PI * 2);
      g.fillStyle = color;
      g.fill();
      g.strokeStyle = '#fff';
      g.lineWidth = 1;
      g.stroke();
    }
  }
  if (fill === 'hatched') {
    g.beginPath();
    g.rect(x, y, w, h);
    g.clip();
    g.strokeStyle = color;
    g.lineWidth = 2;
    for (let d = -h; d < w; d += 6) {
      g.beginPath();
      g.moveTo(x + d, y + h);
      g.lineTo(x + d + h, y);
      g.stroke();
    }
  }
  g.restore();
  g.strokeStyle = color;
  g.lineWidth = 1.5;
  g.strokeRect(x, y, w, h);
}

/** The outline styles of layer_styles.ts: solid for surveyed, dashed for described, dotted for schematic. */
function lineSample(g: CanvasRenderingContext2D, x: number, y: number, key: LegendKey): void {
  g.save();
  g.strokeStyle = '#333';
  g.lineWidth = 2.5;
  g.setLineDash(key === 'described' ? [8, 5] : key === 'schematic' ? [2, 4] : []);
  g.beginPath();
  g.moveTo(x, y);
  g.lineTo(x + 52, y);
  g.stroke();
  g.restore();
}

function drawScaleBar(g: CanvasRenderingContext2D, x: number, y: number, metersPerPixel: number, label: (km: number) => string): void {
  const maxKm = (metersPerPixel * 220) / 1000;
  const km = [...NICE_KM].reverse().find((k) => k <= maxKm) ?? NICE_KM[0]!;
  const length = (km * 1000) / metersPerPixel;
  g.fillStyle = '#fffdf8dd';
  g.fillRect(x - 8, y - 26, length + 16, 34);
  g.strokeStyle = '#222';
  g.lineWidth = 3;
  g.beginPath();
  g.moveTo(x, y - 8);
  g.lineTo(x, y);
  g.lineTo(x + length, y);
  g.lineTo(x + length, y - 8);
  g.stroke();
  g.fillStyle = '#222';
  g.font = '16px "Noto Sans", sans-serif';
  g.fillText(label(km), x + 5, y - 9);
}

/** The map is never rotated (map_view.ts turns rotation off), so north is up. */
function drawNorthArrow(g: CanvasRenderingContext2D, x: number, y: number): void {
  g.fillStyle = '#fffdf8dd';
  g.beginPath();
  g.arc(x, y + 22, 22, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#222';
  g.beginPath();
  g.moveTo(x, y + 10);
  g.lineTo(x + 9, y + 36);
  g.lineTo(x, y + 30);
  g.lineTo(x - 9, y + 36);
  g.closePath();
  g.fill();
  g.font = '700 15px "Noto Sans", sans-serif';
  g.textAlign = 'center';
  g.fillText('N', x, y + 8);
  g.textAlign = 'start';
}

function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && g.measureText(`${line} ${word}`).width > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function ellipsis(g: CanvasRenderingContext2D, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 0 && g.measureText(`${text.slice(0, end)}…`).width > width) end--;
  return `${text.slice(0, end)}…`;
}

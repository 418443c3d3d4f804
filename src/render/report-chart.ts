// Coverage as an inline SVG drawn by plain code: active agents per day, with the queue's minimum.
import { forHtml } from '../text/untrusted.js';

const W = 720;
const H = 180;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

export function coverageChart(days: string[], counts: number[], minimum: number): string {
  const top = Math.max(1, minimum, ...counts);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = plotW / Math.max(1, days.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const bars = counts
    .map((c, i) => {
      const short = c < minimum;
      return `<rect class="${short ? 'bar short' : 'bar'}" x="${(PAD.left + i * barW + 1).toFixed(1)}" y="${y(c).toFixed(1)}" width="${Math.max(1, barW - 2).toFixed(1)}" height="${(PAD.top + plotH - y(c)).toFixed(1)}"><title>${forHtml(days[i]!)}: ${c} active</title></rect>`;
    })
    .join('');
  const minLine =
    minimum > 0
      ? `<line class="min" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(minimum).toFixed(1)}" y2="${y(minimum).toFixed(1)}"/><text class="min-label" x="${W - PAD.right}" y="${(y(minimum) - 3).toFixed(1)}" text-anchor="end">minimum ${minimum}</text>`
      : '';
  const axis = `<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}"/>
<text class="label" x="${PAD.left - 4}" y="${PAD.top + 8}" text-anchor="end">${top}</text><text class="label" x="${PAD.left - 4}" y="${PAD.top + plotH}" text-anchor="end">0</text>
<text class="label" x="${PAD.left}" y="${H - 8}">${forHtml(days[0] ?? '')}</text><text class="label" x="${W - PAD.right}" y="${H - 8}" text-anchor="end">${forHtml(days[days.length - 1] ?? '')}</text>`;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="active agents per day">${bars}${minLine}${axis}</svg>`;
}

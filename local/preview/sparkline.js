// SPARKLINE cells drawn from the spec the local engine keeps (the cell's value is "", as in
// Sheets). Built with createElementNS and setAttribute only: options come from the sheet.
const SVG = 'http://www.w3.org/2000/svg';

/** SPARKLINE as Sheets draws it: a line by default, columns, or one bar filling toward max. */
export function sparkline(spec) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 20');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `sparkline ${spec.options.charttype}`);
  const type = spec.options.charttype;
  // "empty": "ignore" leaves blank cells out of the line; otherwise (Sheets' "zero") they count as 0.
  const ignore = spec.options.empty === 'ignore';
  const data = ignore ? spec.data.filter((v) => typeof v === 'number') : spec.data.map((v) => (typeof v === 'number' ? v : 0));
  // A bar takes color1 (its first segment), as in Sheets; the other charts take color.
  const color = String((type === 'bar' && spec.options.color1) || spec.options.color || '#1a73e8');
  // A line is scaled to its own readings, as Sheets scales it; bars and columns start at 0.
  const line = type !== 'bar' && type !== 'column' && type !== 'winloss';
  const floor = line && data.length > 0 ? Math.min(...data) : Math.min(0, ...data);
  const lo = typeof spec.options.ymin === 'number' ? spec.options.ymin : floor;
  const top = Math.max(...data, lo);
  const hi = typeof spec.options.max === 'number' ? spec.options.max : typeof spec.options.ymax === 'number' ? spec.options.ymax : top > lo ? top : lo + 1;
  const y = (v) => 20 - (20 * (Math.min(Math.max(v, lo), hi) - lo)) / (hi - lo || 1);
  const shape = (tag, attrs) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    svg.append(node);
  };
  if (type === 'bar') {
    const total = data.reduce((s, v) => s + Math.max(v, 0), 0);
    shape('rect', { x: 0, y: 2, height: 16, width: (100 * Math.min(total, hi)) / (hi || 1), fill: color });
  } else if (type === 'column' || type === 'winloss') {
    const w = 100 / Math.max(data.length, 1);
    data.forEach((v, i) => shape('rect', { x: i * w + w * 0.1, width: w * 0.8, y: y(v), height: Math.max(20 - y(v), 0.5), fill: color }));
  } else {
    const step = 100 / Math.max(data.length - 1, 1);
    shape('polyline', { points: data.map((v, i) => `${i * step},${y(v)}`).join(' '), fill: 'none', stroke: color, 'stroke-width': 1.5 });
  }
  return svg;
}

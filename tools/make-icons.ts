/** Draws Parley's icon (a speech bubble on a green tile) as PNGs: `npx tsx tools/make-icons.ts`. */
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Coverage of a shape at (u, v) in unit coordinates, supersampled 4×4 for smooth edges. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hit = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hit++;
  return hit / 16;
}

const roundedRect = (u: number, v: number, x0: number, y0: number, x1: number, y1: number, r: number) => {
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  return u >= x0 && u <= x1 && v >= y0 && v <= y1 && (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
};
const tile = (u: number, v: number) => roundedRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.22);
const bubble = (u: number, v: number) =>
  roundedRect(u, v, 0.2, 0.22, 0.8, 0.66, 0.12) || (v >= 0.6 && v <= 0.82 && u >= 0.3 && u <= 0.46 && u - 0.3 <= (0.82 - v) * 0.75);

for (const size of [16, 32, 48, 128]) {
  const image = png(size, (x, y) => {
    const a = coverage(size, x, y, tile);
    const b = coverage(size, x, y, bubble);
    const green: [number, number, number] = [47, 111, 94];
    const mix = (c: number) => Math.round(c * (1 - b) + 255 * b);
    return [mix(green[0]), mix(green[1]), mix(green[2]), Math.round(255 * a)];
  });
  writeFileSync(`public/icons/icon-${size}.png`, image);
}

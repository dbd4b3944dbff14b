// Where a .wasm's bytes go, read from a build that kept its function names (the name section),
// before wasm-opt strips them: the largest functions, and the code summed by crate and by the
// crate's top-level module. Sizes are of the unoptimised code, so they rank; they do not add up
// to the shipped file.
//
//   node bench/sizes.mjs <file.wasm> [top] [--markdown]

import { readFile } from "node:fs/promises";

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function text(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

/** Rust's legacy symbol mangling, `_ZN3foo3bar17h0123456789abcdefE`, as `foo::bar`. */
function demangle(symbol) {
  if (!symbol.startsWith("_ZN")) return symbol;
  const parts = [];
  let at = 3;
  while (at < symbol.length && symbol[at] !== "E") {
    let digits = "";
    while (/[0-9]/.test(symbol[at])) digits += symbol[at++];
    if (!digits) break;
    parts.push(symbol.slice(at, at + Number(digits)));
    at += Number(digits);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  const escapes = { SP: "@", BP: "*", RF: "&", LT: "<", GT: ">", LP: "(", RP: ")", C: "," };
  return parts
    .map((part) =>
      part
        .replace(/^_\$/, "$")
        .replace(/\$([A-Z]{1,2})\$/g, (whole, code) => escapes[code] ?? whole)
        .replace(/\$u([0-9a-f]+)\$/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/\.\./g, "::"),
    )
    .join("::");
}

/** The crate a function's code belongs to: the first path segment, or the type's in `<T as U>`. */
function owner(name, depth) {
  const path = name.replace(/^<(impl )?/, "").replace(/^&(mut )?/, "");
  const segments = path.split(/::|<| as |>/).filter((s) => /^[a-z_][a-z0-9_]*$/.test(s));
  return segments.slice(0, depth).join("::") || "(other)";
}

const [file, topArg] = process.argv.slice(2);
const bytes = new Uint8Array(await readFile(file));
let at = 8;
let imported = 0;
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (at < bytes.length) {
  const id = bytes[at];
  const [size, start] = leb(bytes, at + 1);
  const end = start + size;
  if (id === 2) {
    let [count, p] = leb(bytes, start);
    for (let i = 0; i < count; i++) {
      [, p] = text(bytes, p);
      [, p] = text(bytes, p);
      const kind = bytes[p++];
      if (kind === 0) {
        imported++;
        [, p] = leb(bytes, p);
      } else if (kind === 1) {
        p += 1;
        const flags = bytes[p++];
        [, p] = leb(bytes, p);
        if (flags & 1) [, p] = leb(bytes, p);
      } else if (kind === 2) {
        const flags = bytes[p++];
        [, p] = leb(bytes, p);
        if (flags & 1) [, p] = leb(bytes, p);
      } else if (kind === 3) {
        p += 2;
      }
    }
  } else if (id === 10) {
    let [count, p] = leb(bytes, start);
    for (let i = 0; i < count; i++) {
      const [length, body] = leb(bytes, p);
      bodies.push(body - p + length);
      p = body + length;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0) {
    const [name, p0] = text(bytes, start);
    if (name === "name") {
      let p = p0;
      while (p < end) {
        const sub = bytes[p];
        const [length, subStart] = leb(bytes, p + 1);
        if (sub === 1) {
          let [count, q] = leb(bytes, subStart);
          for (let i = 0; i < count; i++) {
            let index;
            let symbol;
            [index, q] = leb(bytes, q);
            [symbol, q] = text(bytes, q);
            names.set(index, demangle(symbol));
          }
        }
        p = subStart + length;
      }
    }
  }
  at = end;
}

const top = Number(topArg ?? 40);
const markdown = process.argv.includes("--markdown");
const functions = bodies.map((size, i) => ({ size, name: names.get(imported + i) ?? `func[${imported + i}]` }));
const code = functions.reduce((sum, f) => sum + f.size, 0);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const share = (n) => `${((100 * n) / code).toFixed(1)} %`;

/** Code summed by owner, `depth` path segments deep: [owner, bytes, functions], largest first. */
function byOwner(depth) {
  const sums = new Map();
  for (const f of functions) {
    const key = owner(f.name, depth);
    const [size, count] = sums.get(key) ?? [0, 0];
    sums.set(key, [size + f.size, count + 1]);
  }
  return [...sums].map(([key, [size, count]]) => [key, size, count]).sort((a, b) => b[1] - a[1]);
}

const largest = [...functions].sort((a, b) => b.size - a.size).slice(0, top);
if (markdown) {
  console.log(`Code ${kb(code)} in ${functions.length} functions, data ${kb(dataBytes)} (after wasm-opt, names kept).\n`);
  console.log("| module | code | share | functions |\n|---|---|---|---|");
  for (const [key, size, count] of byOwner(2).slice(0, top)) {
    console.log(`| ${key} | ${kb(size)} | ${share(size)} | ${count} |`);
  }
  console.log("\n| largest functions | code |\n|---|---|");
  for (const f of largest) console.log(`| \`${f.name.replace(/::h[0-9a-f]{16}$/, "").replaceAll("|", "\\|").slice(0, 120)}\` | ${kb(f.size)} |`);
} else {
  console.log(`code ${kb(code)} in ${functions.length} functions; data ${kb(dataBytes)}; file ${kb(bytes.length)}`);
  for (const depth of [1, 2]) {
    console.log(`\nby ${depth === 1 ? "crate" : "module"}:`);
    for (const [key, size, count] of byOwner(depth).slice(0, top)) {
      console.log(`${kb(size).padStart(10)} ${share(size).padStart(7)} ${String(count).padStart(5)}  ${key}`);
    }
  }
  console.log("\nlargest functions:");
  for (const f of largest) console.log(`${kb(f.size).padStart(10)}  ${f.name.slice(0, 150)}`);
}

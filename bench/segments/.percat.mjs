import { createRequire } from 'node:module';
import { countSegments } from '/work/main/packages/core/dist/encoding/index.js';
import { generateMessages } from '/work/main/bench/segments/messages.js';
const require = createRequire(import.meta.url);
const { getCharCount } = require('@trt2/gsm-charset-utils');
const msgs = generateMessages(10000);
const cats = [...new Set(msgs.map(m=>m.category))];
for (const c of cats) {
  const t = msgs.filter(m=>m.category===c).map(m=>m.text);
  const run = (fn) => { let best=Infinity; for (let r=0;r<6;r++){ const s=performance.now(); for (const x of t) fn(x); best=Math.min(best, performance.now()-s);} return best; };
  const a = run(x=>countSegments(x).segments), b = run(x=>getCharCount(x).msgCount);
  console.log(c.padEnd(24), a.toFixed(2), b.toFixed(2), (b/a).toFixed(2));
}

import { countSegments } from '/work/main/packages/core/dist/encoding/index.js';
import { generateMessages } from '/work/main/bench/segments/messages.js';
const cat = process.argv[2];
const t = generateMessages(10000).filter(m=>m.category===cat).map(m=>m.text);
for (let r=0;r<200;r++) for (const x of t) countSegments(x);

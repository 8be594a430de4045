// Reference in JavaScript: merge sort counting.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const a = Float64Array.from(data.slice(1, n + 1));
const tmp = new Float64Array(n);
function rec(lo, hi) {
  if (hi - lo < 2) return 0;
  const mid = (lo + hi) >> 1;
  let c = rec(lo, mid) + rec(mid, hi);
  let i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (a[i] <= a[j]) tmp[k++] = a[i++];
    else { c += mid - i; tmp[k++] = a[j++]; }
  }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  a.set(tmp.subarray(lo, hi), lo);
  return c;
}
console.log(String(rec(0, n)));

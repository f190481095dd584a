export function rangeContains(outer, inner) {
    return inner.start >= outer.start && inner.end <= outer.end;
}
export function rangesOverlap(a, b) {
    return a.start < b.end && b.start < a.end;
}
//# sourceMappingURL=range.js.map
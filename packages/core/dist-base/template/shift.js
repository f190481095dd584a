/** Copies of parse results moved by `delta` offsets (a memoised section re-used at a new place). */
export function shiftRange(range, delta) {
    return { start: range.start + delta, end: range.end + delta };
}
export function shiftTemplate(template, delta) {
    if (delta === 0)
        return template;
    const shifted = {
        ...template,
        range: shiftRange(template.range, delta),
        body: {
            ...template.body,
            range: shiftRange(template.body.range, delta),
            nodes: shiftNodes(template.body.nodes, delta),
        },
        problems: shiftProblems(template.problems, delta),
    };
    if (template.headingRange)
        shifted.headingRange = shiftRange(template.headingRange, delta);
    if (template.metadataRange)
        shifted.metadataRange = shiftRange(template.metadataRange, delta);
    return shifted;
}
export function shiftProblems(problems, delta) {
    return problems.map((problem) => ({ ...problem, range: shiftRange(problem.range, delta) }));
}
export function shiftComments(comments, delta) {
    return comments.map((comment) => ({ ...comment, range: shiftRange(comment.range, delta) }));
}
function shiftNodes(nodes, delta) {
    return nodes.map((node) => {
        if (node.type === 'block') {
            return {
                ...node,
                range: shiftRange(node.range, delta),
                program: shiftNodes(node.program, delta),
                inverse: node.inverse ? shiftNodes(node.inverse, delta) : null,
            };
        }
        return { ...node, range: shiftRange(node.range, delta) };
    });
}
//# sourceMappingURL=shift.js.map
const ROWS = {
    es: [
        ['q', 'que'],
        ['x', 'por'],
        ['t', 'te'],
        ['k', 'que'],
        ['xq', 'porque'],
        ['pq', 'porque'],
        ['porq', 'porque'],
        ['tb', 'también'],
        ['tmb', 'también'],
        ['tmbn', 'también'],
        ['xfa', 'por favor'],
        ['porfa', 'por favor'],
        ['pls', 'por favor'],
        ['msj', 'mensaje'],
        ['msjs', 'mensajes'],
        ['bn', 'bien'],
        ['dnd', 'dónde'],
        ['tqm', 'te quiero mucho'],
        ['salu2', 'saludos'],
        ['grax', 'gracias'],
        ['ntp', 'no te preocupes'],
        ['finde', 'fin de semana'],
    ],
    fr: [
        ['stp', "s'il te plaît"],
        ['c', "c'est"],
        ['jte', 'je te'],
        ['jsuis', 'je suis'],
        ['chui', 'je suis'],
        ['ct', "c'était"],
        ['slt', 'salut'],
        ['bcp', 'beaucoup'],
        ['pk', 'pourquoi'],
        ['pq', 'pourquoi'],
        ['pcq', 'parce que'],
        ['dsl', 'désolé'],
        ['mdr', 'haha'],
        ['tkt', "ne t'inquiète pas"],
        ['jsp', 'je ne sais pas'],
        ['qqch', 'quelque chose'],
        ['qqn', "quelqu'un"],
        ['bjr', 'bonjour'],
        ['cad', "c'est-à-dire"],
        ['pls', "s'il vous plaît"],
    ],
};
function build(rows) {
    return new Map(rows.map(([token, expansion]) => [token, { expansion, confidence: 'always' }]));
}
export const LOCAL_TEXT_SPEAK = {
    es: build(ROWS.es),
    fr: build(ROWS.fr),
};
/** Every token of the local lexicons: only these need a language guess before lookup. */
export const LOCAL_TEXT_SPEAK_TOKENS = new Set([...ROWS.es, ...ROWS.fr].map(([token]) => token));
//# sourceMappingURL=text-speak-local-lexicons.js.map
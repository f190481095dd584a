/**
 * Opt-out and HELP wording per language (sms-facts.md §2): the reply keywords carriers and
 * programs use, the verbs that introduce a keyword to send, the words between them, and the
 * sentences smslint's fixes append. Regex alternations as written in a pattern (`ARR[EÊ]T`
 * covers ARRET and ARRÊT); the detectors join every language, so a Spanish reply that says
 * "Reply STOP" or a French one with "Textez STOP" still counts.
 *
 * Sources: CTIA Messaging Principles §5.1.2–5.1.3 (STOP, END, CANCEL, UNSUBSCRIBE, QUIT,
 * STOPALL, REVOKE, OPTOUT; HELP), Spanish ALTO/PARAR and French ARRET/AIDE (sms-facts.md §2);
 * BAJA, AYUDA, the Portuguese SAIR/PARAR/AJUDA and the German STOP/STOPP/HILFE wording as
 * public projects' templates write it ("Responda SAIR para não receber mais", "Antworten Sie
 * mit STOP, um sich abzumelden"; test/corpus/languages). Not legal advice for Brazil or Germany.
 */
export interface ReplyWording {
  /** Opt-out keywords (alternation, upper case). */
  optOutKeywords: string;
  /** HELP keywords (alternation, upper case). */
  helpKeywords: string;
  /** Verbs that introduce a keyword to send ("reply", "responda", "antworten"). */
  verbs: string;
  /** Words between the verb and the keyword ("with", "con", "Sie mit"), each ending in a space. */
  connectors: string;
  /** What sending the opt-out keyword does, after "to"/"para"/"um": "opt out", "sair", "sich abzumelden". */
  optOutPurposes: string;
  /** The sentence the opt-out fix appends in a template of this language. */
  optOutText: string;
  /** The sentence the help-instruction suggestion appends. */
  helpText: string;
}

export const REPLY_WORDING: Readonly<Record<'en' | 'es' | 'fr' | 'pt' | 'de', ReplyWording>> = {
  en: {
    optOutKeywords: 'STOP2END|STOP2QUIT|STOPALL|STOP|END|CANCEL|UNSUBSCRIBE|UNSUB|QUIT|REVOKE|OPTOUT|OPT[ -]OUT',
    helpKeywords: 'HELP|INFO',
    verbs: 'reply|replying|respond|text|txt|send|sms|message|msg|enter|type',
    connectors: 'with[ \\t]+|the[ \\t]+word[ \\t]+',
    optOutPurposes: 'opt[ -]?out|unsubscribe|stop|end|quit|cancel|unsub|be removed',
    optOutText: 'Reply STOP to opt out.',
    helpText: 'Reply HELP for help.',
  },
  es: {
    optOutKeywords: 'ALTO|PARAR|BAJA',
    helpKeywords: 'AYUDA',
    verbs: 'responde|responda|contesta|conteste|env[ií]a|env[ií]e|env[ií]ar|manda|mande|textea|escribe|escriba',
    connectors: 'con[ \\t]+|la[ \\t]+palabra[ \\t]+',
    optOutPurposes: 'cancelar|darte de baja|darse de baja|baja|dejar de recibir|salir|terminar|no recibir',
    optOutText: 'Responda ALTO para no recibir más mensajes.',
    helpText: 'Responda AYUDA para obtener ayuda.',
  },
  fr: {
    optOutKeywords: 'ARR[EÊ]T',
    helpKeywords: 'AIDE',
    verbs: 'textez|texter|r[ée]pondez|r[ée]pondre|envoyez|envoyer',
    connectors: 'le[ \\t]+mot[ \\t]+',
    optOutPurposes: 'vous d[ée]sabonner|d[ée]sabonner|vous d[ée]sinscrire|d[ée]sabonnement|d[ée]sinscription|annuler|arr[êe]ter|cesser|ne plus recevoir|vous retirer',
    optOutText: 'Répondez ARRET pour vous désabonner.',
    helpText: "Répondez AIDE pour obtenir de l'aide.",
  },
  pt: {
    optOutKeywords: 'SAIR|PARAR',
    helpKeywords: 'AJUDA',
    verbs: 'responda|responder|envie|enviar|mande|digite',
    connectors: 'com[ \\t]+|a[ \\t]+palavra[ \\t]+',
    optOutPurposes: 'sair|descadastrar|se descadastrar|cancelar|n[ãa]o receber|parar de receber|deixar de receber',
    optOutText: 'Responda SAIR para não receber mais mensagens.',
    helpText: 'Responda AJUDA para obter ajuda.',
  },
  de: {
    optOutKeywords: 'STOPP|ABMELDEN',
    helpKeywords: 'HILFE',
    verbs: 'antworten|antworte|antwortet|sende|senden|schicke|schicken|simse',
    connectors: 'sie[ \\t]+mit[ \\t]+|sie[ \\t]+|mit[ \\t]+|das[ \\t]+wort[ \\t]+',
    optOutPurposes: '[Aa]bmelden|sich abzumelden|dich abzumelden|[Aa]bbestellen|abzubestellen|austragen',
    optOutText: 'Antworten Sie STOP, um sich abzumelden.',
    helpText: 'Antworten Sie HILFE für Hilfe.',
  },
};

/** Wording for a language subtag: its own, else English. */
export function replyWording(language: string | undefined): ReplyWording {
  return (language !== undefined && Object.hasOwn(REPLY_WORDING, language) ? REPLY_WORDING[language as keyof typeof REPLY_WORDING] : undefined) ?? REPLY_WORDING.en;
}

/** One field of every language, joined into one alternation (English first). */
export function allLanguages(field: keyof ReplyWording): string {
  return Object.values(REPLY_WORDING).map((w) => w[field]).join('|');
}

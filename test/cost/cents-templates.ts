/**
 * Real SMS templates: bifenbecker/Cents, CentsBE/smsNotification/templates/en/index.js and
 * es/index.js @ 04321303e2dfb8e041a68ddd27f842a677e35bb2 (laundry order notifications,
 * Handlebars placeholders), written as an smslint catalog with the variables declared.
 */
export const FRONT_MATTER = `---
kind: transactional
destinations: { US: 0.8, CA: 0.2 }
variables:
  storeName: { maxLength: 30, charset: gsm, sample: Fresh Fold }
  shortURL: { maxLength: 23, charset: ascii, sample: https://cents.li/a1B2c3 }
---
`;

/** en/index.js `routeDeliveryCanceled`. */
export const ROUTE_DELIVERY_CANCELED_EN =
  'Looks like we missed you. Click here: {{{shortURL}}} to reschedule your delivery. If you would like to unsubscribe from these messages, please reply with "STOP." Thanks, your team at {{{storeName}}}';

/** The same with the curly quotes an editor puts in (as es/index.js has them: “STOP”). */
export const ROUTE_DELIVERY_CANCELED_EN_CURLY = ROUTE_DELIVERY_CANCELED_EN.replace('"STOP."', '\u201cSTOP.\u201d');

/** en/index.js `routeDeliveryCompleted`. */
export const ROUTE_DELIVERY_COMPLETED_EN =
  'Laundry Update from {{{storeName}}}: Order Complete! Click here: {{{shortURL}}} to view receipt. If you would like to unsubscribe from these messages, please reply with "STOP." Thanks, your team at {{{storeName}}}';

/** es/index.js `routeDeliveryCanceled` (ó, á and “ ” force UCS-2). */
export const ROUTE_DELIVERY_CANCELED_ES =
  'Novedades con respecto a su ropa de {{{storeName}}}: Aparentemente no lo encontramos. Oprima aquí para volver a planificar la entrega de su ropa limpia: {{{shortURL}}}. Si desea cancelar la suscripción a estos mensajes, responda con \u201cSTOP\u201d. Gracias, su equipo en {{{storeName}}}.';

export function catalog(templates: Record<string, { body: string; volume?: number }>): string {
  const sections = Object.entries(templates).map(([title, { body, volume }]) =>
    `## ${title}\n${volume === undefined ? '' : `<!-- smslint: volume=${volume} -->\n`}${body}\n`,
  );
  return `${FRONT_MATTER}\n${sections.join('\n')}`;
}

export const PRICING_CONFIG = {
  root: true,
  pricing: { currency: 'USD', perSegment: { default: 0.01, US: 0.0079, CA: 0.0065 }, encodings: { 'UCS-2': { GB: 0.05 } } },
};

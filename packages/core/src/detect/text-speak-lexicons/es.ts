/**
 * Spanish text speak in customer messages ("q tal", "xq hoy no hay cupo", "tb te llamamos").
 * Formal abbreviations are standard, not here: "Sr.", "Sra.", "Dra.", "Ud.", "Uds.", "pág.".
 */
import type { LanguageLexicon } from './language-lexicon.js';

export const SPANISH: LanguageLexicon = {
  language: 'es',
  name: 'Spanish',
  rows: [
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
    // English text speak in Spanish replies ("thx por su paciencia").
    ['thx', 'gracias'],
    ['msj', 'mensaje'],
    ['msjs', 'mensajes'],
    ['bn', 'bien'],
    ['dnd', 'dónde'],
    ['tqm', 'te quiero mucho'],
    ['salu2', 'saludos'],
    ['grax', 'gracias'],
    ['ntp', 'no te preocupes'],
    ['finde', 'fin de semana', 'context'],
    ['xfavor', 'por favor'],
    ['pa', 'para', 'context'],
    ['kiero', 'quiero'],
    ['aki', 'aquí'],
    ['toy', 'estoy'],
    ['tas', 'estás', 'context'],
    ['hla', 'hola'],
    ['ola', 'hola', 'context'],
  ],
  traps: [
    'Te llamamos mañana para confirmar su cita.',
    'Su pedido llegará en 7 u 8 días hábiles.',
    'Promoción 2 x 1 en todos los productos hasta el domingo.',
    'El modelo Q-300 ya está disponible en nuestra tienda.',
    'Su plan Q3 se renueva el 1 de marzo.',
    'Carrera de 10 k el domingo: recoja su número en la tienda.',
    'Gracias, Sr. Pérez. Su cita con la Dra. Ruiz está confirmada.',
    'Ya puede recoger su pedido, y le esperamos en la tienda.',
    'Talla XL agotada; le avisamos cuando llegue.',
    'La línea T del metro está cerrada hoy, su entrega llegará mañana.',
  ],
};

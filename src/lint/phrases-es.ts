import type { LanguagePhrases } from './phrase-rule.js';

// Accents are removed before matching, so patterns are written without them (carcel, policia, jamas).
const PEOPLE =
  '(?:jefe|jefa|patron|patrona|trabajo|empresa|oficina|esposa|esposo|marido|mujer|familia|papas|padres|mama|papa|hijos|hijas|hermanos|vecinos|vecinas|amigos|parientes|companeros|suegra|suegro|clientes|proveedores)';
const TELL =
  '(?:hablar|hablarle|hablarles|hablo|hablare|llamar|llamarle|llamarles|llamo|llamare|avisar|avisarle|avisarles|aviso|avisare|decir|decirle|decirles|digo|dire|contar|contarle|contarles|cuento|informar|informarle|informo|visitar|ir a ver|marcar|marcarle|marco)';

export const PHRASES_ES: LanguagePhrases = {
  language: 'es',
  negationReach: 4,
  negations: ['no', 'nunca', 'nadie', 'jamas', 'ni', 'sin', 'tampoco'],
  conditions: ['si', 'por', 'de', 'mientras'],
  rules: {
    threat_of_harm: [
      String.raw`\b(?:seria una pena|lastima|que pena) que (?:algo|le pasara|le pase|le vaya)\b`,
      String.raw`\bsabemos donde (?:vive|trabaja|estudian|esta)\b`,
      String.raw`\b(?:cuidese|cuidate|ya vera|ya veras|se va a arrepentir|te vas a arrepentir)\b`,
      String.raw`\b(?:romper|quemar|golpear|madrear)\w*\b`,
      String.raw`\bo si no\b`,
    ],
    false_legal_threat: [
      String.raw`\b(?:detener|arrestar|encerrar|aprehender)(?:lo|la|los|le|te)?\b`,
      String.raw`\b(?:meter|mandar|llevar)(?:lo|la|te|le)? (?:a la|en la|al) (?:carcel|bote|cana|prision|reclusorio)\b`,
      String.raw`\b(?:ir|irse|ira) (?:a la|al) (?:carcel|bote|reclusorio)\b`,
      String.raw`\borden de (?:aprehension|arresto|captura)\b`,
      String.raw`\b(?:denuncia|demanda) penal\b`,
      String.raw`\bla policia (?:va|van|vendra|llega|llegara|viene|ira)\b`,
      String.raw`\b(?:va|van) a llegar la policia\b`,
      String.raw`\bes un delito\b`,
    ],
    impersonation: [
      String.raw`\b(?:le habla|habla|soy|somos|llamo de|le llamo de|vengo de|hablamos de)\s+(?:el |la |del |de la )?(?:licenciado|licenciada|abogado|abogada|actuario|actuaria|notificador|juez|jueza|agente|oficial|comandante|juzgado|tribunal|ministerio publico|fiscalia|policia|despacho juridico|area legal|departamento (?:legal|juridico))\b`,
    ],
    third_party_disclosure: [
      String.raw`\b${TELL}\b(?: \S+){0,3}? (?:a )?(?:su|sus|tu|tus) ${PEOPLE}\b`,
      String.raw`\b(?:su|sus|tu|tus) ${PEOPLE} se (?:entere|enteren|entera|enteran|va a enterar|van a enterar)\b`,
      String.raw`\bque (?:se entere|se enteren|sepa|sepan) (?:su|sus|tu|tus) ${PEOPLE}\b`,
    ],
    public_shaming: [
      String.raw`\b(?:poner|pegar|publicar|subir|colgar)\w*\b.{0,30}\b(?:foto|nombre|lista|cartel|redes|facebook|en la entrada|en la puerta)\b`,
      String.raw`\b(?:todos|todo el mundo|toda la colonia|todo el mercado|los vecinos) (?:vean|sepan|se enteren)\b`,
      String.raw`\bfrente a (?:sus )?(?:clientes|vecinos|todos|companeros)\b`,
      String.raw`\b(?:aviso|avisar|avisarles|dire|decirles) a (?:sus|tus) vecinos\b`,
    ],
    refuse_to_leave: [
      String.raw`\bno me (?:voy|muevo|retiro|salgo|ire)\b.{0,30}\bhasta que\b`,
      String.raw`\bme quedo (?:aqui |afuera )?hasta que\b`,
      String.raw`\bde aqui no me (?:muevo|voy)\b`,
    ],
    abusive_language: [
      String.raw`\b(?:sinverguenza|mentiroso|mentirosa|ratero|ratera|rata|vago|vaga|muerto de hambre|pendejo|pendeja|idiota|estupido|estupida|inutil|tramposo|tramposa|descarado|descarada|gorron|gorrona|lacra|basura|mantenido|mantenida)s?\b`,
      String.raw`\bgente como usted\b`,
    ],
    unauthorized_fees: [
      String.raw`\b(?:cargo|cobro|comision|cuota|costo|recargo)s? (?:extra|adicional|por (?:gestion|cobranza|visita|llamada|tramite|pag(?:ar|o) (?:por|en|con) (?:telefono|linea|tarjeta)))\b`,
      String.raw`\bgastos de (?:cobranza|gestion|visita)\b`,
    ],
    false_deadline: [
      String.raw`\b(?:ultima|unica) (?:oportunidad|llamada|advertencia)\b`,
      String.raw`\btiene hasta (?:las|hoy|manana|el|esta)\b`,
      String.raw`\b(?:la deuda|el saldo|el adeudo|lo que debe) se (?:duplica|triplica|dobla)\b`,
      String.raw`\bsolo (?:por )?hoy\b`,
      String.raw`\bhoy mismo o\b`,
      String.raw`\bya no hay (?:arreglo|trato|descuento)\b`,
    ],
    pressure_to_borrow: [
      String.raw`\bpid\w* prestado\b`,
      String.raw`\bpresta\w*\b.{0,20}\b(?:familia|papas|padres|amigos|hermanos|compadre|suegros)\b`,
      String.raw`\b(?:saque|pida|consiga|busque) un prestamo\b`,
      String.raw`\b(?:venda|empen\w+) (?:su|el|la|sus)\b`,
    ],
    call_frequency: [
      String.raw`\b(?:le|te) (?:voy a |vamos a )?(?:marcar|llamar)\w* (?:cada hora|a cada rato|todo el dia|diario|todos los dias|dia y noche)\b`,
      String.raw`\bno (?:le|te) (?:voy|vamos) a dejar de (?:llamar|marcar)\b`,
    ],
  },
};

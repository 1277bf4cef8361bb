// Preguntas y frases en español, tratando de usted. Los nombres de organizaciones se dejan tal
// como están escritos; solo la preposición y el artículo que los preceden concuerdan: «en Acme»,
// «en la Universidad de Sevilla», «en el Instituto X».

import type { Phrases } from './en.ts';

const MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');
const NUMBERS =
  'cero un dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte'.split(
    ' ',
  );
const FEM =
  /^(universidad|universitat|universidade|university|université|universität|escuela|facultad|fundación|academia|real academia|agencia|comisión)(?!\p{L})/iu;
const MASC =
  /^(instituto|institute|institut|centro|centre|center|consejo|banco|ministerio|museo|hospital|laboratorio|colegio|college)(?!\p{L})/iu;

/** The name with the article Spanish puts before an institution: «la Universidad de X», «el Instituto Y». */
// Names that end in a noun take its article too: «la Gates Foundation», «el Sample Institute».
const FEM_END =
  /(?<!\p{L})(foundation|university|bank|agency|academy|commission|organization|organisation|fundación|universidad)$/iu;
const MASC_END = /(?<!\p{L})(institute|center|centre|council|museum|lab|instituto|centro)$/iu;
const org = (name: string): string =>
  FEM.test(name) || FEM_END.test(name) ? `la ${name}` : MASC.test(name) || MASC_END.test(name) ? `el ${name}` : name;
const at = (name: string): string => `en ${org(name)}`;
/** «de Acme», «de la Universidad», «del Instituto». */
const of = (name: string): string => {
  const o = org(name);
  return o.startsWith('el ') ? `del ${o.slice(3)}` : `de ${o}`;
};
/** «a Acme», «a la Universidad», «al Instituto». */
const to = (name: string): string => {
  const o = org(name);
  return o.startsWith('el ') ? `al ${o.slice(3)}` : `a ${o}`;
};
const list = (xs: string[]): string => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} y ${xs.at(-1)}`);
const years = (n: number): string => `${NUMBERS[n] ?? n} ${n === 1 ? 'año' : 'años'}`;
const date = (d: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(d.trim());
  return m ? `${MONTHS[Number(m[2]) - 1]} de ${m[1]}` : d.trim().slice(0, 4);
};
const roleAt = (t: string | null, c: string | null): string =>
  t && c ? `${t} ${at(c)}` : (t ?? (c ? `su puesto ${at(c)}` : 'su puesto actual'));
const paper = (title: string) => `«${title.replace(/[.。]$/, '')}»`;
const both = (a: string, b: string | null) => (b ? `${a} y ${b}` : a);

export const ES: Phrases = {
  org,
  at,
  list,
  years,
  date,
  questions: {
    move: (fromT, fromC, t, c) =>
      `¿Qué le llevó de ${fromT ? `su puesto de ${fromT}${fromC ? ` ${at(fromC)}` : ''}` : `su etapa ${at(fromC ?? '')}`} a su trabajo actual como ${roleAt(t, c)}?`,
    orgMove: (fromC, c) => `¿Qué le llevó a dejar ${org(fromC)} para unirse ${to(c)}?`,
    returned: (c) => `¿Qué le hizo volver ${to(c)}?`,
    afterAcademia: () => '¿Qué fue lo que más le sorprendió al pasar de la universidad a la empresa?',
    afterIndustry: () => '¿Qué le resulta distinto del trabajo académico después de su etapa en la empresa?',
    backTo: (sector, via) =>
      sector === 'academia'
        ? `Volvió a la investigación académica después de su etapa ${at(via)}: ¿qué le hizo volver?`
        : `Volvió a la empresa después de su etapa ${at(via)}: ¿qué le llevó a dar ese paso?`,
    carryOver: (fromT, fromC, t) =>
      `¿Qué habilidades de su etapa ${fromT ? `como ${fromT}` : at(fromC ?? '')} le siguen sirviendo en su trabajo como ${t}?`,
    similarMove: () => '¿Qué le diría a alguien que quiere dar un paso parecido?',
    firstJob: (school, c, t) =>
      `¿Cómo pasó de sus estudios ${at(school)} a su primer empleo${c ? ` ${at(c)}` : t ? ` como ${t}` : ''}?`,
    country: (from, to) => `¿Cómo fue trasladarse de ${from} a ${to} por trabajo, y qué le sorprendió?`,
    tenure: (c, n) => `Lleva ${years(n)} ${at(c)}: ¿qué le ha hecho quedarse?`,
    tenureChange: (c) => `¿Cómo ha cambiado ${org(c)} desde que llegó?`,
    shortStints: (orgs) => `Trabajó en ${list(orgs.map(org))} en poco tiempo: ¿qué aprendió de cada cambio?`,
    founded: (c) => `¿Qué le llevó a fundar ${org(c)}, y qué fue lo más difícil del primer año?`,
    foundedBefore: (c) => `¿Qué aprendió al fundar ${org(c)} que todavía le sirve hoy?`,
    founderTeam: (c) => `¿Cómo formó el equipo ${of(c)}?`,
    returnToStudy: (what, school) =>
      `Después de unos años de trabajo volvió a estudiar (${what}${school ? `, ${school}` : ''}): ¿qué le llevó a tomar esa decisión?`,
    studyChange: (field, t) => `¿Cómo pasó de estudiar ${field} a su trabajo como ${t}?`,
    degree: (what) => `¿Hasta qué punto le ha servido su titulación (${what}) en su trabajo?`,
    doctorate: (what, c) => `¿Cuánto influye su doctorado (${what}) en su trabajo diario${c ? ` ${at(c)}` : ''}?`,
    adviceDoctorate: (field) =>
      `¿Recomendaría hacer un doctorado a alguien que quiere dedicarse a esto: ${field ?? 'su campo'}?`,
    skills: (a, b) => `Entre ${a} y ${b}, ¿en cuál se apoya más, y cuál tuvo que aprender sobre la marcha?`,
    standoutSkill: (skill, t) =>
      `Su perfil menciona ${skill} junto a su trabajo como ${t}: ¿qué papel tiene en su día a día?`,
    topicApplied: (subject, domain) => `${subject} y ${domain}: ¿qué está cambiando más en este momento?`,
    topicInterest: (subject) => `${subject}: ¿cómo empezó a interesarle, y qué papel tiene en su trabajo?`,
    topicActivity: (what) => `«${what}»: ¿cómo se traduce eso en la práctica para usted?`,
    topic: (subject) => `${subject}: ¿qué está cambiando más rápido ahora mismo en este campo?`,
    focus: (phrase) => `Usted escribe que se centra en «${phrase}»: ¿cómo se traduce eso en la práctica?`,
    interests: (a, b) =>
      `Entre sus líneas de investigación (${both(a, b)}), ¿qué pregunta abierta le entusiasma más ahora?`,
    topics: (a, b) => `¿Cómo llegó a trabajar en ${both(a, b)}, y qué leería primero para adentrarse en el tema?`,
    paper: (title) => `¿Cómo surgió su artículo ${paper(title)}, y qué haría de otra manera hoy?`,
    paperSince: (title) => `¿Qué ha cambiado en ese campo desde ${paper(title)}?`,
    student: (school) =>
      `¿En qué se centra ahora en sus estudios${school ? ` ${at(school)}` : ''}, y qué le gustaría hacer después?`,
    studentPlace: (school) => `¿Qué le diría a alguien que está pensando en estudiar ${at(school)}?`,
    intern: (c) => `¿Qué le han enseñado hasta ahora sus prácticas${c ? ` ${at(c)}` : ''}?`,
    postdoc: () => '¿En qué trabaja durante su posdoctorado, y qué le gustaría hacer después?',
    professor: () => '¿Cómo elige las preguntas en las que trabaja su grupo?',
    researchNow: () => '¿En qué está trabajando ahora, y cómo llegó a esa pregunta?',
    academicWeek: () => '¿Cómo reparte su semana entre la investigación, la docencia y todo lo demás?',
    freelancer: () => '¿Cómo encuentra a sus clientes, y qué le llevó a trabajar por cuenta propia?',
    recruiter: (c) =>
      `¿Qué hace que una candidatura destaque para usted cuando selecciona personal${c ? ` ${at(c)}` : ''}?`,
    sideBoard: (c) => `¿En qué consiste su puesto en el consejo ${of(c)}, y qué le ha enseñado?`,
    sideAdvisor: (c) => `¿En qué tipo de cuestiones asesora a ${org(c)}?`,
    sideVolunteer: (c) => `¿En qué consiste su voluntariado ${at(c)}, y cómo encuentra tiempo para ello?`,
    sideFounder: (c) => `¿Qué le llevó a fundar ${org(c)} además de su trabajo principal?`,
    sideFounderFirst: (c) => `Fundó ${org(c)} antes de su puesto actual: ¿cómo encajan hoy ambas cosas?`,
    sideOther: (t, c) =>
      `¿Cómo compagina ${t ? `su papel como ${t}${c ? ` (${c})` : ''}` : `su trabajo ${at(c ?? '')}`} con su trabajo principal?`,
    sideOrigin: (t, c) => `¿Cómo empezó su labor ${c ? at(c) : `como ${t}`}, y qué le ha enseñado?`,
    culture: (c) => `¿Cómo es la cultura ${at(c)}, y cómo se organizan los equipos?`,
    orgFuture: (c) => `¿Hacia dónde cree que va ${org(c)} en los próximos años?`,
    hindsight: (c) => `¿Qué le habría gustado saber antes de incorporarse a ${org(c)}?`,
    recent: (c, when) =>
      `¿Qué le atrajo ${c ? `de ${org(c)}` : 'de su puesto actual'} cuando dio el paso en ${date(when)}?`,
    recentSurprise: () => '¿Qué le ha sorprendido desde que empezó en su puesto actual?',
    week: (t) => `¿Cómo es una semana típica en su trabajo como ${t}?`,
  },
  general: {
    who: '¿Con quién más me recomendaría hablar?',
    adviceField: (field) => `¿Qué consejo le daría a alguien que quiere dedicarse a esto: ${field}?`,
    adviceBackground: (position) =>
      `Con mi trayectoria (${position}), ¿en qué me apoyaría usted, y qué trabajaría primero?`,
    'training:background': '¿Qué formación le preparó para su puesto?',
    'work:role': '¿En qué consiste su trabajo en el día a día?',
    'organisation:kind': '¿En qué tipo de organización trabaja, y cómo está organizada?',
    'training:key-skills': '¿Qué habilidades son las más importantes en su trabajo?',
    'origin:drew': '¿Qué le atrajo al principio de este trabajo?',
    'origin:moment': '¿Hubo algún momento o alguna persona que le pusiera en este camino?',
    'origin:again': 'Si empezara hoy, ¿elegiría el mismo camino?',
    'work:enjoy': '¿Qué partes de su trabajo disfruta más, y cuáles menos?',
    'work:problems': '¿En qué problemas se centra más ahora mismo?',
    'work:success': '¿Cómo se nota que alguien hace bien este trabajo?',
    'future:change': '¿Cómo cree que cambiará su campo en los próximos cinco años?',
    'future:watch': '¿Qué novedades de su campo sigue más de cerca?',
    'future:roles': '¿Qué tipos de puestos cree que crecerán, y cuáles irán desapareciendo?',
    'training:surprise': '¿Qué habilidades resultaron más importantes de lo que esperaba?',
    'training:again': '¿Qué aprendería primero si empezara de nuevo?',
    'organisation:hiring': '¿Qué tienen en común las personas a las que les va bien en su organización?',
    'advice:mistakes': '¿En qué se equivocan más a menudo quienes llegan nuevos a su campo?',
    'advice:six-months': 'Si estuviera en mi lugar, ¿cómo aprovecharía los próximos seis meses?',
    'next:communities': '¿Hay grupos, eventos o comunidades que debería conocer?',
    'next:mention': '¿Le parecería bien que mencionara su nombre al ponerme en contacto con ellos?',
  },
  highlight: {
    move: (from, to) => `Me interesó mucho su trayectoria, de ${from} a ${to}.`,
    orgMove: (from, dest) => `Vi que dejó ${org(from)} para unirse ${to(dest)}.`,
    doctorate: (what, now) => `Vi que pasó de un doctorado (${what}) a su trabajo actual como ${now}.`,
    paper: (title) => `Leí con interés su artículo ${paper(title)}.`,
    research: (a, b) => `Me llamó la atención su investigación sobre ${both(a, b)}.`,
    topic: (source) => `Me llamó la atención su trabajo en este tema: ${source}.`,
    focus: (phrase) => `Vi que se centra en ${phrase}.`,
    founded: (c) => `Vi que fundó ${org(c)}.`,
    side: (now, side) => `Me llamó la atención su trabajo como ${now}, y también su papel como ${side}.`,
    board: (now, c) => `Me llamó la atención su trabajo como ${now}, y también su puesto en el consejo ${of(c)}.`,
    tenure: (c, n) => `Vi que lleva ${years(n)} ${at(c)}.`,
    country: (from, to) => `Me interesó mucho su trayectoria de ${from} a ${to}.`,
    role: (now) => `Me llamó la atención su trabajo como ${now}.`,
    org: (c) => `Me llamó la atención su trabajo ${at(c)}.`,
    roleAt: (t, c) => (t && c ? `${t} ${at(c)}` : (t ?? (c ? org(c) : ''))),
  },
  /** Completa «Me encantaría saber …». */
  learn: {
    move: 'qué le hizo cambiar de rumbo y qué le ayudó más',
    orgMove: (c) => `qué le llevó a unirse ${to(c)} y cómo es el trabajo allí en comparación`,
    doctorate: 'qué le aporta su formación doctoral en su trabajo de hoy',
    research: 'cómo surgieron sus preguntas de investigación y hacia dónde va su campo',
    founded: 'qué aprendió al emprender por su cuenta',
    student: 'cómo eligió sus estudios y qué planes tiene después',
    role: 'en qué consiste su trabajo en el día a día y cómo llegó hasta él',
    none: 'cómo encontró su camino en su campo',
    short: 'cómo ha sido su trayectoria',
  },
};

// Fragen und Sätze auf Deutsch, in der Sie-Form. Organisationsnamen bleiben, wie sie geschrieben
// sind; nur Präposition und Artikel davor passen sich an: „bei Acme“, „an der Universität
// Hamburg“, „am Institut X“. Sätze sind so gebaut, dass kein Name gebeugt werden muss.

import type { Phrases } from './en.ts';

const MONTHS = 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ');
const NUMBERS =
  'null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig'.split(
    ' ',
  );
const FEM =
  /^(universität|hochschule|fachhochschule|technische universität|university|université|universidad|akademie|academy|école|stiftung|bank)(?!\p{L})/iu;
const NEUT =
  /^(institut|institute|zentrum|centre|center|forschungszentrum|max-planck-institut|fraunhofer-institut|labor|krankenhaus|museum)(?!\p{L})/iu;

// Names that end in a noun take its article too: „die Gates Foundation“, „das Sample Institute“.
const FEM_END =
  /(?<!\p{L})(foundation|stiftung|bank|gesellschaft|initiative|agentur|agency|universität|university|hochschule|akademie|academy|organisation|organization|kommission|commission)$/iu;
const NEUT_END = /(?<!\p{L})(institut|institute|zentrum|center|centre|museum|krankenhaus|labor|lab)$/iu;

/** The name with its article in the nominative: „die Universität Hamburg“, „das Institut X“, „Acme“. */
const org = (name: string): string =>
  FEM.test(name) || FEM_END.test(name) ? `die ${name}` : NEUT.test(name) || NEUT_END.test(name) ? `das ${name}` : name;
/** „bei Acme“, „an der Universität Hamburg“, „am Institut X“, „bei der Gates Foundation“. */
const at = (name: string): string =>
  FEM.test(name)
    ? `an der ${name}`
    : NEUT.test(name)
      ? `am ${name}`
      : FEM_END.test(name)
        ? `bei der ${name}`
        : NEUT_END.test(name)
          ? `beim ${name}`
          : `bei ${name}`;
const list = (xs: string[]): string =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} und ${xs.at(-1)}`;
const years = (n: number): string => `${n === 1 ? 'einem' : (NUMBERS[n] ?? n)} ${n === 1 ? 'Jahr' : 'Jahren'}`;
const date = (d: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(d.trim());
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : d.trim().slice(0, 4);
};
const roleAt = (t: string | null, c: string | null): string =>
  t && c ? `${t} ${at(c)}` : (t ?? (c ? `Ihrer Stelle ${at(c)}` : 'Ihrer jetzigen Stelle'));
const paper = (title: string) => `„${title.replace(/[.。]$/, '')}“`;
const both = (a: string, b: string | null) => (b ? `${a} und ${b}` : a);

export const DE: Phrases = {
  org,
  at,
  list,
  years,
  date,
  questions: {
    move: (fromT, fromC, t, c) =>
      `Was hat Sie ${fromT ? `von Ihrer Stelle als ${fromT}${fromC ? ` ${at(fromC)}` : ''}` : `von Ihrer Zeit ${at(fromC ?? '')}`} zu Ihrer jetzigen Rolle als ${roleAt(t, c)} geführt?`,
    orgMove: (fromC, c) =>
      `Was hat Sie ${at(c)} gereizt, als Sie von Ihrer Stelle ${at(fromC)} dorthin gewechselt sind?`,
    returned: (c) => `Was hat Sie bewogen, wieder ${at(c)} anzufangen?`,
    afterAcademia: () => 'Was hat Sie beim Wechsel aus der Wissenschaft in die Wirtschaft am meisten überrascht?',
    afterIndustry: () =>
      'Was ist an der wissenschaftlichen Arbeit anders, nachdem Sie in der Wirtschaft gearbeitet haben?',
    backTo: (sector, via) =>
      sector === 'academia'
        ? `Nach Ihrer Zeit ${at(via)} sind Sie in die Wissenschaft zurückgekehrt: Was hat Sie zurückgeholt?`
        : `Nach Ihrer Zeit ${at(via)} sind Sie in die Wirtschaft zurückgegangen: Was gab den Ausschlag?`,
    carryOver: (fromT, fromC, t) =>
      `Welche Fähigkeiten aus Ihrer Zeit ${fromT ? `als ${fromT}` : at(fromC ?? '')} helfen Ihnen heute noch in Ihrer Arbeit als ${t}?`,
    similarMove: () => 'Was würden Sie jemandem raten, der einen ähnlichen Wechsel vorhat?',
    firstJob: (school, c, t) =>
      `Wie sind Sie vom Studium ${at(school)} zu Ihrer ersten Stelle${c ? ` ${at(c)}` : t ? ` als ${t}` : ''} gekommen?`,
    country: (from, to) =>
      `Wie war es, für die Arbeit von ${from} nach ${to} zu gehen, und was hat Sie dabei überrascht?`,
    tenure: (c, n) => `Sie sind seit ${years(n)} ${at(c)}: Was hält Sie dort?`,
    tenureChange: (c) => `Wie hat sich ${org(c)} verändert, seit Sie dort angefangen haben?`,
    shortStints: (orgs) =>
      `Sie haben in kurzer Folge ${at(orgs[0] ?? '')} und an weiteren Stationen gearbeitet (${list(orgs)}): Was haben Sie aus diesen Wechseln mitgenommen?`,
    founded: (c) => `Was hat Sie dazu gebracht, ${c} zu gründen, und was war im ersten Jahr am schwierigsten?`,
    foundedBefore: (c) => `Was haben Sie bei der Gründung von ${c} gelernt, das Ihnen heute noch hilft?`,
    founderTeam: (c) => `Wie sind Sie beim Aufbau des Teams ${at(c)} vorgegangen?`,
    returnToStudy: (what, school) =>
      `Was hat Sie bewogen, nach einigen Berufsjahren noch einmal zu studieren (${what}${school ? `, ${school}` : ''})?`,
    studyChange: (field, t) => `Wie sind Sie von einem Studium in ${field} zu Ihrer Arbeit als ${t} gekommen?`,
    degree: (what) => `Wie nützlich ist Ihr Abschluss (${what}) in Ihrer Arbeit?`,
    doctorate: (what, c) => `Wie sehr prägt Ihre Promotion (${what}) Ihre tägliche Arbeit${c ? ` ${at(c)}` : ''}?`,
    adviceDoctorate: (field) =>
      `Würden Sie eine Promotion empfehlen, wenn man in diese Richtung möchte: ${field ?? 'Ihr Fachgebiet'}?`,
    skills: (a, b) => `${a} oder ${b}: Worauf verlassen Sie sich mehr, und was mussten Sie erst im Beruf lernen?`,
    standoutSkill: (skill, t) =>
      `In Ihrem Profil steht ${skill} neben Ihrer Arbeit als ${t}: Wo kommt das bei Ihnen zum Tragen?`,
    topicApplied: (subject, domain) => `${subject} und ${domain}: Was verändert sich dort gerade am stärksten?`,
    topicInterest: (subject) => `${subject}: Wie kam Ihr Interesse daran, und welche Rolle spielt es in Ihrer Arbeit?`,
    topicActivity: (what) => `„${what}“: Wie sieht das bei Ihnen konkret aus?`,
    topic: (subject) => `${subject}: Was verändert sich auf diesem Gebiet gerade am schnellsten?`,
    focus: (phrase) => `Sie schreiben, Ihr Schwerpunkt sei „${phrase}“: Wie sieht das in der Praxis aus?`,
    interests: (a, b) =>
      `Unter Ihren Forschungsthemen (${both(a, b)}): Welche offene Frage reizt Sie im Moment am meisten?`,
    topics: (a, b) =>
      `Wie sind Sie zu Ihren Themen gekommen (${both(a, b)}), und was sollte man zum Einstieg zuerst lesen?`,
    paper: (title) => `Wie ist Ihr Artikel ${paper(title)} entstanden, und was würden Sie heute anders machen?`,
    paperSince: (title) => `Was hat sich auf diesem Gebiet seit ${paper(title)} getan?`,
    student: (school) =>
      `Worauf konzentrieren Sie sich gerade im Studium${school ? ` ${at(school)}` : ''}, und was möchten Sie danach machen?`,
    studentPlace: (school) => `Was würden Sie jemandem sagen, der überlegt, ${at(school)} zu studieren?`,
    intern: (c) => `Was hat Ihnen Ihr Praktikum${c ? ` ${at(c)}` : ''} bisher gezeigt?`,
    postdoc: () => 'Woran arbeiten Sie in Ihrem Postdoc, und wie soll es danach weitergehen?',
    professor: () => 'Wie wählen Sie die Fragen aus, an denen Ihre Gruppe arbeitet?',
    researchNow: () => 'Woran arbeiten Sie gerade, und wie sind Sie auf diese Fragestellung gekommen?',
    academicWeek: () => 'Wie teilen Sie Ihre Woche zwischen Forschung, Lehre und allem anderen auf?',
    freelancer: () => 'Wie finden Sie Ihre Kunden, und was hat Sie bewogen, sich selbstständig zu machen?',
    recruiter: (c) =>
      `Wodurch fällt Ihnen eine Bewerbung positiv auf, wenn Sie${c ? ` ${at(c)}` : ''} Stellen besetzen?`,
    sideBoard: (c) => `Was gehört zu Ihrem Board-Mandat ${at(c)}, und was haben Sie dabei gelernt?`,
    sideAdvisor: (c) => `Bei welchen Fragen beraten Sie ${c}?`,
    sideVolunteer: (c) => `Was umfasst Ihr ehrenamtliches Engagement ${at(c)}, und wie finden Sie die Zeit dafür?`,
    sideFounder: (c) => `Was hat Sie dazu gebracht, neben Ihrer Hauptarbeit ${c} zu gründen?`,
    sideFounderFirst: (c) =>
      `Sie haben ${c} schon vor Ihrer jetzigen Rolle gegründet: Wie passt beides heute zusammen?`,
    sideOther: (t, c) =>
      `Wie vereinbaren Sie ${t ? `Ihre Rolle als ${t}${c ? ` (${c})` : ''}` : `Ihre Arbeit ${at(c ?? '')}`} mit Ihrer Hauptarbeit?`,
    sideOrigin: (t, c) =>
      `Wie hat Ihr Engagement ${c ? at(c) : `als ${t}`} angefangen, und was haben Sie dabei gelernt?`,
    culture: (c) => `Wie ist die Kultur ${at(c)}, und wie sind die Teams organisiert?`,
    orgFuture: (c) => `Wohin wird sich ${org(c)} in den nächsten Jahren entwickeln?`,
    hindsight: (c) => `Was hätten Sie gern gewusst, bevor Sie ${at(c)} angefangen haben?`,
    recent: (c, when) => `Was gab im ${date(when)} den Ausschlag für Ihren Wechsel${c ? ` (${c})` : ''}?`,
    recentSurprise: () => 'Was hat Sie überrascht, seit Sie Ihre jetzige Stelle angetreten haben?',
    week: (t) => `Wie sieht eine typische Woche in Ihrer Arbeit als ${t} aus?`,
  },
  general: {
    who: 'Mit wem sollte ich Ihrer Meinung nach noch sprechen?',
    adviceField: (field) => `Was würden Sie jemandem raten, der in diesen Bereich wechseln möchte: ${field}?`,
    adviceBackground: (position) =>
      `Bei meinem Hintergrund (${position}): Worauf würden Sie aufbauen, und woran zuerst arbeiten?`,
    'training:background': 'Welche Ausbildung hat Sie auf Ihre Stelle vorbereitet?',
    'work:role': 'Wie sieht Ihre Arbeit im Alltag aus?',
    'organisation:kind': 'In was für einer Organisation arbeiten Sie, und wie ist sie aufgebaut?',
    'training:key-skills': 'Welche Fähigkeiten sind in Ihrer Arbeit am wichtigsten?',
    'origin:drew': 'Was hat Sie ursprünglich zu diesem Beruf gebracht?',
    'origin:moment': 'Gab es einen Moment oder eine Person, die Sie auf diesen Weg gebracht hat?',
    'origin:again': 'Würden Sie heute wieder denselben Einstieg wählen?',
    'work:enjoy': 'Was macht Ihnen an Ihrer Arbeit am meisten Freude, und was am wenigsten?',
    'work:problems': 'Mit welchen Problemen beschäftigen Sie sich im Moment am meisten?',
    'work:success': 'Woran erkennt man, dass jemand diese Arbeit gut macht?',
    'future:change': 'Wie wird sich Ihr Fachgebiet in den nächsten fünf Jahren verändern?',
    'future:watch': 'Welche Entwicklungen in Ihrem Fachgebiet verfolgen Sie am genauesten?',
    'future:roles': 'Welche Rollen werden wichtiger, und welche verschwinden eher?',
    'training:surprise': 'Welche Fähigkeiten waren wichtiger, als Sie erwartet hatten?',
    'training:again': 'Was würden Sie als Erstes lernen, wenn Sie noch einmal anfangen würden?',
    'organisation:hiring': 'Was haben Menschen gemeinsam, die in Ihrer Organisation erfolgreich sind?',
    'advice:mistakes': 'Was machen Neueinsteiger in Ihrem Fachgebiet am häufigsten falsch?',
    'advice:six-months': 'Wie würden Sie an meiner Stelle die nächsten sechs Monate nutzen?',
    'next:communities': 'Gibt es Gruppen, Veranstaltungen oder Communities, die ich kennen sollte?',
    'next:mention': 'Wäre es Ihnen recht, wenn ich mich bei ihnen auf Sie berufe?',
  },
  highlight: {
    move: (from, to) => `Ihr Weg von ${from} zu ${to} hat mich besonders interessiert.`,
    orgMove: (from, to) => `Mir ist aufgefallen, dass Sie nach Ihrer Zeit ${at(from)} jetzt ${at(to)} arbeiten.`,
    doctorate: (what, now) => `Mir ist aufgefallen, dass Sie nach Ihrer Promotion (${what}) heute als ${now} arbeiten.`,
    paper: (title) => `Ich habe Ihren Artikel ${paper(title)} mit Interesse gelesen.`,
    research: (a, b) => `Ihre Forschung zu diesen Themen hat mein Interesse geweckt: ${both(a, b)}.`,
    topic: (source) => `Ihre Arbeit zu diesem Thema hat mein Interesse geweckt: ${source}.`,
    focus: (phrase) => `Ich habe gesehen, dass Ihr Schwerpunkt auf Folgendem liegt: ${phrase}.`,
    founded: (c) => `Ich habe gesehen, dass Sie ${c} gegründet haben.`,
    side: (now, side) => `Ihre Arbeit als ${now} hat mein Interesse geweckt, ebenso Ihre Rolle als ${side}.`,
    board: (now, c) => `Ihre Arbeit als ${now} hat mein Interesse geweckt, ebenso Ihr Board-Mandat ${at(c)}.`,
    tenure: (c, n) => `Mir ist aufgefallen, dass Sie seit ${years(n)} ${at(c)} sind.`,
    country: (from, to) => `Ihr Weg von ${from} nach ${to} hat mich besonders interessiert.`,
    role: (now) => `Ihre Arbeit als ${now} hat mein Interesse geweckt.`,
    org: (c) => `Ihre Arbeit ${at(c)} hat mein Interesse geweckt.`,
    roleAt: (t, c) => (t && c ? `${t} ${at(c)}` : (t ?? (c ? c : ''))),
  },
  /** Ergänzt „Ich würde gern erfahren, …“ (ein indirekter Fragesatz). */
  learn: {
    move: 'was Sie zu diesem Wechsel bewogen hat und was Ihnen dabei am meisten geholfen hat',
    orgMove: (c) => `was Sie dazu bewogen hat, ${at(c)} anzufangen, und wie sich die Arbeit dort unterscheidet`,
    doctorate: 'was Ihnen Ihre Promotion für Ihre heutige Arbeit mitgegeben hat',
    research: 'wie Ihre Forschungsfragen entstanden sind und wohin sich Ihr Fachgebiet entwickelt',
    founded: 'was Sie bei der Gründung gelernt haben',
    student: 'wie Sie Ihr Studium gewählt haben und was Sie danach vorhaben',
    role: 'wie Ihre Arbeit im Alltag aussieht und wie Sie dorthin gekommen sind',
    none: 'wie Sie zu Ihrem Fachgebiet gefunden haben',
    short: 'wie Ihr Weg verlaufen ist',
  },
};

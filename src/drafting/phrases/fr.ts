// Questions et phrases en français, vouvoiement. Les noms d'organisation restent tels qu'écrits ;
// seules la préposition et l'article qui les précèdent s'accordent : « chez Acme », « à
// l'Université de Lyon », « au Centre X ».

import type { Phrases } from './en.ts';

const MONTHS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const NUMBERS =
  'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt'.split(
    ' ',
  );
const ACADEMIC_FEM =
  /^(université|universidad|universität|university|escuela|école|ecole|académie|academy|école|haute école|hochschule)(?!\p{L})/iu;
const ACADEMIC_MASC =
  /^(institut|institute|centre|center|laboratoire|collège|college|conservatoire|muséum|musée|cnrs|inria|inserm)(?!\p{L})/iu;
const VOWEL = /^[aeiouyàâéèêëîïôöûüh]/i;

// English names that end in such a noun take its article too: « la Gates Foundation », « le Sample Institute ».
const FEM_END = /(?<!\p{L})(foundation|university|bank|agency|academy|commission|fondation|banque|agence)$/iu;
const MASC_END = /(?<!\p{L})(institute|center|centre|council|museum|lab)$/iu;

/** The name with the article French puts before an institution: « l'Université de Lyon », « le Centre X ». */
const org = (name: string): string =>
  ACADEMIC_FEM.test(name) || FEM_END.test(name)
    ? VOWEL.test(name)
      ? `l'${name}`
      : `la ${name}`
    : ACADEMIC_MASC.test(name) || MASC_END.test(name)
      ? VOWEL.test(name)
        ? `l'${name}`
        : `le ${name}`
      : name;
/** « chez Acme », « à l'Université de Lyon », « au Centre X ». */
const at = (name: string): string => {
  const o = org(name);
  return o.startsWith('le ') ? `au ${o.slice(3)}` : o === name ? `chez ${name}` : `à ${o}`;
};
/** « d'Acme », « de l'Université », « du Centre X ». */
const of = (name: string): string => {
  const o = org(name);
  return o.startsWith('le ') ? `du ${o.slice(3)}` : o === name && VOWEL.test(name) ? `d'${name}` : `de ${o}`;
};
const list = (xs: string[]): string =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} et ${xs.at(-1)}`;
const years = (n: number): string => `${NUMBERS[n] ?? n} ${n === 1 ? 'an' : 'ans'}`;
const date = (d: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(d.trim());
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : d.trim().slice(0, 4);
};
const roleAt = (t: string | null, c: string | null): string =>
  t && c ? `${t} ${at(c)}` : (t ?? (c ? `votre poste ${at(c)}` : 'votre poste actuel'));
const paper = (title: string) => `« ${title.replace(/[.。]$/, '')} »`;
const both = (a: string, b: string | null) => (b ? `${a} et ${b}` : a);

export const FR: Phrases = {
  org,
  at,
  list,
  years,
  date,
  questions: {
    move: (fromT, fromC, t, c) =>
      `Qu'est-ce qui vous a fait passer ${fromT ? `du poste de ${fromT}${fromC ? ` ${at(fromC)}` : ''}` : `de votre expérience ${at(fromC ?? '')}`} à celui de ${roleAt(t, c)} ?`,
    orgMove: (fromC, c) => `Qu'est-ce qui vous a fait quitter ${org(fromC)} pour rejoindre ${org(c)} ?`,
    returned: (c) => `Qu'est-ce qui vous a fait revenir ${at(c)} ?`,
    afterAcademia: () => "Qu'est-ce qui vous a le plus surpris en passant de la recherche académique à l'entreprise ?",
    afterIndustry: () =>
      "Qu'est-ce qui vous semble différent dans le travail académique après vos années en entreprise ?",
    backTo: (sector, via) =>
      sector === 'academia'
        ? `Après votre passage ${at(via)}, vous avez repris le chemin de la recherche académique : qu'est-ce qui a motivé ce retour ?`
        : `Après votre passage ${at(via)}, vous avez retrouvé le monde de l'entreprise : qu'est-ce qui a motivé ce retour ?`,
    carryOver: (fromT, fromC, t) =>
      `Quelles compétences acquises ${fromT ? `comme ${fromT}` : at(fromC ?? '')} vous servent encore dans votre travail de ${t} ?`,
    similarMove: () => "Que conseilleriez-vous à quelqu'un qui souhaite faire un parcours semblable ?",
    firstJob: (school, c, t) =>
      `Comment s'est faite la transition entre vos études ${at(school)} et votre premier poste${c ? ` ${at(c)}` : t ? ` de ${t}` : ''} ?`,
    country: (from, to) =>
      `Qu'est-ce qui a changé pour vous en partant travailler de ${from} à ${to}, et quelle a été votre plus grande surprise ?`,
    tenure: (c, n) => `Vous êtes ${at(c)} depuis ${years(n)} : qu'est-ce qui vous y retient ?`,
    tenureChange: (c) => `Comment ${org(c)} a-t-elle évolué depuis votre arrivée ?`,
    shortStints: (orgs) =>
      `Votre parcours compte plusieurs étapes courtes (${list(orgs)}) : qu'avez-vous retenu de chacune ?`,
    founded: (c) => `Pourquoi avoir créé ${org(c)}, et qu'est-ce qui a été le plus difficile la première année ?`,
    foundedBefore: (c) => `Qu'avez-vous appris en fondant ${org(c)} qui vous sert encore aujourd'hui ?`,
    founderTeam: (c) => `Comment avez-vous constitué l'équipe ${of(c)} ?`,
    returnToStudy: (what, school) =>
      `Après quelques années de travail, vous avez repris des études (${what}${school ? `, ${school}` : ''}) : qu'est-ce qui a motivé cette décision ?`,
    studyChange: (field, t) => `Comment s'est fait le passage d'études en ${field} à votre travail de ${t} ?`,
    degree: (what) => `Dans quelle mesure votre diplôme (${what}) vous sert-il dans votre travail ?`,
    doctorate: (what, c) =>
      `Dans quelle mesure votre doctorat (${what}) influence-t-il votre travail au quotidien${c ? ` ${at(c)}` : ''} ?`,
    adviceDoctorate: (field) =>
      `Recommanderiez-vous un doctorat à quelqu'un qui vise ${field ? `le domaine suivant : ${field}` : 'votre domaine'} ?`,
    skills: (a, b) =>
      `Entre ${a} et ${b}, sur quelle compétence vous appuyez-vous le plus, et laquelle avez-vous dû apprendre sur le tas ?`,
    standoutSkill: (skill, t) =>
      `Votre profil mentionne ${skill} à côté de votre travail de ${t} : quelle place cette compétence y tient-elle ?`,
    topicApplied: (subject, domain) => `${subject} et ${domain} : qu'est-ce qui change le plus en ce moment ?`,
    topicInterest: (subject) =>
      `${subject} : d'où vous vient cet intérêt, et quelle place prend-il dans votre travail ?`,
    topicActivity: (what) => `« ${what} » : à quoi cela ressemble-t-il concrètement pour vous ?`,
    topic: (subject) => `${subject} : qu'est-ce qui évolue le plus vite en ce moment dans ce domaine ?`,
    focus: (phrase) =>
      `Vous écrivez que vous vous consacrez à ceci : « ${phrase} ». À quoi cela ressemble-t-il concrètement ?`,
    interests: (a, b) =>
      `Parmi vos thèmes de recherche (${both(a, b)}), quelle question ouverte vous passionne le plus en ce moment ?`,
    topics: (a, b) =>
      `Comment avez-vous commencé à travailler sur ${both(a, b)}, et que liriez-vous en premier pour découvrir le sujet ?`,
    paper: (title) => `Comment est né votre article ${paper(title)}, et que feriez-vous différemment aujourd'hui ?`,
    paperSince: (title) => `Qu'est-ce qui a changé dans ce domaine depuis ${paper(title)} ?`,
    student: (school) =>
      `Sur quoi portent vos études${school ? ` ${at(school)}` : ''} en ce moment, et qu'aimeriez-vous faire ensuite ?`,
    studentPlace: (school) => `Que diriez-vous à quelqu'un qui envisage d'étudier ${at(school)} ?`,
    intern: (c) => `Qu'est-ce que votre stage${c ? ` ${at(c)}` : ''} vous a appris jusqu'ici ?`,
    postdoc: () => "Sur quoi porte votre postdoctorat, et qu'aimeriez-vous faire ensuite ?",
    professor: () => 'Comment choisissez-vous les questions sur lesquelles travaille votre équipe ?',
    researchNow: () => "Sur quoi travaillez-vous en ce moment, et d'où vient cette question ?",
    academicWeek: () => "Comment répartissez-vous votre semaine entre la recherche, l'enseignement et le reste ?",
    freelancer: () => 'Comment trouvez-vous vos clients, et pourquoi avoir choisi de travailler en indépendant ?',
    recruiter: (c) =>
      `Qu'est-ce qui fait qu'une candidature retient votre attention quand vous recrutez${c ? ` ${at(c)}` : ''} ?`,
    sideBoard: (c) => `En quoi consiste votre rôle au conseil d'administration ${of(c)}, et que vous a-t-il appris ?`,
    sideAdvisor: (c) => `Sur quelles questions conseillez-vous ${org(c)} ?`,
    sideVolunteer: (c) =>
      `En quoi consiste votre engagement bénévole ${at(c)}, et comment trouvez-vous le temps de le mener ?`,
    sideFounder: (c) => `Pourquoi avoir créé ${org(c)} en parallèle de votre activité principale ?`,
    sideFounderFirst: (c) =>
      `Vous avez créé ${org(c)} avant votre poste actuel : comment les deux s'articulent-ils aujourd'hui ?`,
    sideOther: (t, c) =>
      `Comment conciliez-vous ${t ? `votre rôle de ${t}${c ? ` (${c})` : ''}` : `votre activité ${at(c ?? '')}`} avec votre activité principale ?`,
    sideOrigin: (t, c) => `Comment a commencé votre engagement ${c ? at(c) : `de ${t}`}, et que vous a-t-il appris ?`,
    culture: (c) => `Comment décririez-vous la culture ${at(c)}, et comment les équipes sont-elles organisées ?`,
    orgFuture: (c) => `Comment voyez-vous évoluer ${org(c)} dans les prochaines années ?`,
    hindsight: (c) => `Qu'auriez-vous aimé savoir avant de rejoindre ${org(c)} ?`,
    recent: (c, when) =>
      `Qu'est-ce qui a motivé votre changement de poste en ${date(when)}${c ? `, pour rejoindre ${org(c)}` : ''} ?`,
    recentSurprise: () => "Qu'est-ce qui a été le plus inattendu depuis votre prise de poste ?",
    week: (t) => `À quoi ressemble une semaine type dans votre travail de ${t} ?`,
  },
  general: {
    who: "À qui d'autre me conseilleriez-vous de m'adresser ?",
    adviceField: (field) => `Quel conseil donneriez-vous à quelqu'un qui veut se lancer dans ce domaine : ${field} ?`,
    adviceBackground: (position) =>
      `Vu mon parcours (${position}), sur quoi m'appuieriez-vous, et que travailleriez-vous en premier ?`,
    'training:background': 'Quelle formation vous a été la plus utile pour votre poste ?',
    'work:role': 'En quoi consiste votre travail au quotidien ?',
    'organisation:kind': "Dans quel type d'organisation travaillez-vous, et comment est-elle structurée ?",
    'training:key-skills': 'Quelles compétences comptent le plus dans votre travail ?',
    'origin:drew': "Qu'est-ce qui vous a donné envie d'exercer ce métier au départ ?",
    'origin:moment': 'Y a-t-il eu un moment ou une rencontre décisive dans votre parcours ?',
    'origin:again': "Si vous débutiez aujourd'hui, prendriez-vous le même chemin ?",
    'work:enjoy': 'Quelles parties de votre travail appréciez-vous le plus, et le moins ?',
    'work:problems': 'Sur quels problèmes vous concentrez-vous en ce moment ?',
    'work:success': 'À quoi reconnaît-on un travail bien fait dans votre métier ?',
    'future:change': 'Comment voyez-vous évoluer votre domaine dans les cinq prochaines années ?',
    'future:watch': 'Quelles évolutions de votre domaine suivez-vous de plus près ?',
    'future:roles': 'Quels métiers vont selon vous se développer, et lesquels vont disparaître ?',
    'training:surprise': 'Quelles compétences se sont révélées plus importantes que prévu ?',
    'training:again': 'Que chercheriez-vous à apprendre en premier si vous recommenciez ?',
    'organisation:hiring': "Qu'ont en commun les personnes qui réussissent dans votre organisation ?",
    'advice:mistakes': 'Quelles erreurs font le plus souvent les personnes qui arrivent dans votre domaine ?',
    'advice:six-months': 'À ma place, comment occuperiez-vous les six prochains mois ?',
    'next:communities': 'Y a-t-il des groupes, des événements ou des communautés que je devrais connaître ?',
    'next:mention': "Seriez-vous d'accord pour que je mentionne votre nom en les contactant ?",
  },
  highlight: {
    move: (from, to) => `Votre parcours, de ${from} à ${to}, a retenu mon attention.`,
    orgMove: (from, to) => `J'ai vu que vous avez quitté ${org(from)} pour rejoindre ${org(to)}.`,
    doctorate: (what, now) => `J'ai remarqué qu'après un doctorat (${what}), vous travaillez aujourd'hui comme ${now}.`,
    paper: (title) => `J'ai lu avec intérêt votre article ${paper(title)}.`,
    research: (a, b) => `Vos recherches sur ces thèmes ont retenu mon attention : ${both(a, b)}.`,
    topic: (source) => `Votre travail autour de ce thème a retenu mon attention : ${source}.`,
    focus: (phrase) => `J'ai vu que vous vous consacrez à ceci : ${phrase}.`,
    founded: (c) => `J'ai vu que vous avez fondé ${org(c)}.`,
    side: (now, side) =>
      `Votre travail de ${now} a retenu mon attention, tout comme votre rôle de ${side} en parallèle.`,
    board: (now, c) =>
      `Votre travail de ${now} a retenu mon attention, tout comme votre rôle au conseil d'administration ${of(c)}.`,
    tenure: (c, n) => `J'ai remarqué que vous êtes ${at(c)} depuis ${years(n)}.`,
    country: (from, to) => `Votre parcours entre ${from} et ${to} a retenu mon attention.`,
    role: (now) => `Votre travail de ${now} a retenu mon attention.`,
    org: (c) => `Votre travail ${at(c)} a retenu mon attention.`,
    roleAt: (t, c) => (t && c ? `${t} ${at(c)}` : (t ?? (c ? org(c) : ''))),
  },
  /** Complète « J'aimerais beaucoup savoir … ». */
  learn: {
    move: 'ce qui vous a fait changer de cap, et ce qui a le plus compté dans cette transition',
    orgMove: (c) => `ce qui vous a décidé à rejoindre ${org(c)}, et ce qui y change dans votre travail`,
    doctorate: "ce que votre formation doctorale apporte à votre travail d'aujourd'hui",
    research: 'comment vos questions de recherche ont pris forme, et où va votre domaine',
    founded: 'ce que la création de votre propre structure vous a appris',
    student: 'comment vous avez choisi vos études et ce que vous envisagez ensuite',
    role: 'en quoi consiste votre travail au quotidien et quel a été votre parcours pour y arriver',
    none: 'comment vous avez trouvé votre voie',
    short: 'comment vous avez construit votre parcours',
  },
};

// skeleton(doc, url): the page's structure without its content, for a bug report when the
// capture reads a page wrong ("Capture looks wrong?" in the popup). Kept: tags, nesting, the
// attributes that describe structure (class, id, role, aria-*, data-*, itemprop, …) and the keys
// of embedded JSON (JSON-LD, LinkedIn's <code> blocks). Replaced: every text, every attribute
// that carries content (alt, title, aria-label, href/src paths, meta content), emails, URNs,
// numbers, and any word of the page's content that shows up inside a structural attribute.
// Placeholders keep the kind and the length class of what they replace, and the same original
// always becomes the same placeholder, so a rule that compares two values (the member slug of
// the URL with the one in a link) still works on the skeleton. No script code, no comments.
// Runs in the page only when the user asks; reads nothing but the document it is given.

/** Interface words kept as they are: dates, durations and labels the capture keys on, never a person's. */
const WORDS =
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december ' +
  'janv févr mars avr mai juin juil août déc janvier février avril juillet septembre octobre novembre décembre ' +
  'ene abr ago dic enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
  'mär okt dez januar februar märz juni juli oktober dezember gen mag giu lug set ott ' +
  'present aujourd hui heute actualidad actual presente attuale atual today now ' +
  'yr yrs mo mos year years month months an ans mois jahr jahre monat monate año años mes meses ' +
  'about experience education skills publications projects languages licenses certifications volunteering ' +
  'honors awards courses recommendations interests activity contact info connections followers ' +
  'full time part self employed freelance internship contract remote hybrid on site ' +
  'show all see more less message connect follow pending degree connection st nd rd th ' +
  'linkedin google scholar researchgate github cited by citations year title h index i10 ' +
  'the and of at in to for with from by on de du la le et des en el y und von bei für ' +
  // Degrees (a rule tells education from a position by them) and the kinds of organisation.
  'phd dphil msc bsc mba meng beng msci llm llb dr prof diplom master masters bachelor doctorate ' +
  'university universität université universidad universidade università institute institut instituto istituto ' +
  'department département departamento abteilung faculty faculté fakultät facultad college school école escuela ' +
  'schule laboratory laboratoire lab labs center centre zentrum hospital academy académie akademie ' +
  // ResearchGate's section and item labels.
  'research current institution position description article preprint expertise chapter book thesis ' +
  'conference paper poster presentation reads ' +
  '年 月 現在 か月'.normalize('NFC');

/** Path segments and hosts kept in links: where a link leads, not whose it is. */
const PATH_WORDS = new Set(
  (
    'in pub page overlay contact info about this profile background photo details experience education skills ' +
    'publications projects recent activity company school topic citations user search results people feed ' +
    'dms image v2 media displayphoto framedphoto shrink company logo ghost static aero v1 ' +
    'scholar citations researchgate github www com net org ' +
    // schema.org types (itemtype links, JSON-LD @type): the kind of a thing, never whose it is.
    'person profilepage scholarlyarticle article periodical publicationissue publicationvolume organization ' +
    'educationalorganization collegeoruniversity school place postaladdress imageobject webpage creativework ' +
    'role organizationrole employeerole book chapter thesis report dataset occupation country'
  ).split(' '),
);
// Path words are kept in text too, so a slug reads the same in a link and in embedded JSON.
const KEEP = new Set([...WORDS.split(' '), ...PATH_WORDS]);
/** Two-letter degrees, kept only as printed in capitals: "MA" is a degree, "Ma" may be a family name. */
const KEEP_CAPS = new Set(['MA', 'BA', 'MS', 'BS', 'MD']);
const kept = (w: string, keep: Set<string>) => keep.has(w.toLowerCase()) || (keep === KEEP && KEEP_CAPS.has(w));
const HOSTS =
  /(^|\.)(linkedin\.com|licdn\.com|google\.[a-z.]+|researchgate\.net|rgstatic\.net|github\.com|githubusercontent\.com|schema\.org|example\.(com|org|net))$/;

/** Attributes whose values name structure; anything else on an element carries content. */
const STRUCTURAL =
  /^(class|id|role|itemprop|itemtype|itemscope|itemid|type|rel|name|property|http-equiv|charset|lang|dir|hidden|tabindex|for|headers|componentkey|slot|data-(?!delayed-url).*|aria-(?!label$|valuetext$|description$|roledescription$|placeholder$).*)$/i;
/** Content attributes that hold a link. */
const LINK = /^(href|src|srcset|action|poster|cite|data-delayed-url|content)$/i;
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
/** Dropped with their content: code, styling, and what the capture never reads. */
const DROP = /^(script|style|noscript|template|iframe|object|canvas)$/;
const MAX_NODES = 200_000;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URN = /\burn:[a-z]+:[\w-]+:[^\s"',)]+/gi;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>)]+/gi;
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\d+)/gu;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class Skeleton {
  private readonly map = new Map<string, string>();
  /**
   * Words of the page's content that would be personal inside a structural value: capitalised
   * words of its text (names, places, employers; exact case, so a "medium" class never clashes
   * with a "Medium" in the text) and the words of its links' paths (member slugs, lower case).
   */
  readonly proper = new Set<string>();
  readonly linkWords = new Set<string>();

  /**
   * Same original, same placeholder; different originals, different placeholders of the same length class.
   * Case apart: "BRANDT" in a title and "Brandt" in a heading share a placeholder in their own case, so a
   * rule that compares the two case-blind (the name in the <title> against the <h1>) still matches.
   */
  private mint(word: string): string {
    const lower = word.toLowerCase();
    const caps = word.length > 1 && word === word.toUpperCase() && word !== lower;
    const p = this.base(lower);
    return caps ? p.toUpperCase() : word[0] !== word[0]?.toLowerCase() ? p[0]?.toUpperCase() + p.slice(1) : p;
  }

  private base(word: string): string {
    let p = this.map.get(word);
    if (p) return p;
    const len = word.length <= 3 ? 3 : word.length <= 6 ? 6 : word.length <= 10 ? 10 : 14;
    // A letter code without "x", padded with "x": distinct indexes never collide.
    let code = '';
    for (let i = this.map.size; ; i = Math.floor(i / 25) - 1) {
      code = 'abcdefghijklmnopqrstuvwyz'[i % 25] + code;
      if (i < 25) break;
    }
    p = code.padStart(len, 'x');
    this.map.set(word, p);
    return p;
  }

  private number(digits: string): string {
    // A year stays a year (dates keep their shape), any other number keeps its digit count.
    return /^(19|20)\d\d$/.test(digits) ? '2000' : `1${'0'.repeat(digits.length - 1)}`;
  }

  private email(e: string): string {
    return `${this.mint(e.split('@')[0] as string).toLowerCase()}@example.com`;
  }

  private urn(u: string): string {
    const parts = u.split(':');
    return `${parts.slice(0, 3).join(':')}:${this.words(parts.slice(3).join(':'), new Set())}`;
  }

  /** Letter runs not in `keep` and digit runs replaced; everything else kept. */
  private words(s: string, keep: Set<string>): string {
    return s.replace(TOKEN, (m, w: string | undefined) => (w ? (kept(w, keep) ? w : this.mint(w)) : this.number(m)));
  }

  /** Any text: emails, URNs, links, numbers and words, all replaced; interface words kept. */
  text(s: string): string {
    return s
      .replace(/\uE000/g, '')
      .replace(EMAIL, (e) => `\uE000${this.email(e)}\uE000`)
      .replace(URN, (u) => `\uE000${this.urn(u)}\uE000`)
      .replace(URL_IN_TEXT, (u) => `\uE000${this.link(u)}\uE000`)
      .split('\uE000')
      .map((part, i) => (i % 2 ? part : this.words(part, KEEP)))
      .join('');
  }

  /** A structural value kept, minus what is personal in it: emails, URNs, links, numbers, content words. */
  structural(s: string): string {
    if (/^(https?:)?\/\//i.test(s)) return this.link(s);
    return s
      .replace(EMAIL, (e) => this.email(e))
      .replace(URN, (u) => this.urn(u))
      .replace(TOKEN, (m, w: string | undefined) =>
        w
          ? (this.proper.has(w) || this.linkWords.has(w.toLowerCase())) && !KEEP.has(w.toLowerCase())
            ? this.mint(w)
            : w
          : this.number(m),
      );
  }

  /** A link: the scheme, a known host and interface path words kept; the rest replaced, relative stays relative. */
  link(raw: string): string {
    const s = raw.trim();
    if (/^mailto:/i.test(s)) return `mailto:${this.email(s.slice(7) || 'x@x.x')}`;
    if (/^(data|javascript|blob|tel):/i.test(s)) return `${s.split(':')[0]?.toLowerCase()}:`;
    const m = s.match(/^([a-z][\w+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/i);
    if (!m) return this.words(s, PATH_WORDS);
    const [, scheme = '', host = '', path = '', query = '', hash = ''] = m;
    const h = host.slice(2).toLowerCase();
    const keptHost = !host ? '' : HOSTS.test(h.replace(/:\d+$/, '')) ? `//${h}` : `//${this.mint(h)}.example`;
    const q = query.replace(
      /([?&])([^=&]*)(=?)([^&]*)/g,
      (_, sep: string, k: string, eq: string, v: string) =>
        sep + this.words(k, PATH_WORDS) + eq + this.words(v, new Set()),
    );
    return scheme.toLowerCase() + keptHost + this.words(path, PATH_WORDS) + q + this.words(hash, PATH_WORDS);
  }

  /** Embedded JSON: keys and nesting kept (keys scrubbed like structural values), values replaced. */
  json(v: unknown, key = '', depth = 0): unknown {
    if (depth > 64) return null;
    if (Array.isArray(v)) return v.slice(0, 1000).map((x) => this.json(x, key, depth + 1));
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .slice(0, 1000)
          .map(([k, x]) => [this.structural(k), this.json(x, k, depth + 1)]),
      );
    if (typeof v === 'number') return Number(this.number(String(Math.trunc(Math.abs(v)))));
    if (typeof v !== 'string') return v;
    // Types name structure ("@type": "Person", "$type": "com.linkedin…"); ids and links are links.
    if (/^[@$](type|context)$/.test(key)) return this.structural(v);
    // Enumerations ("DISTANCE_2") are structure; paths and links ("200_200/profile-displayphoto…") are links.
    if (/^[A-Z][A-Z\d_]+$/.test(v)) return this.structural(v);
    if (/^(https?:)?\/\//i.test(v) || /^\/?[\w.-]+\/[^\s]*$/.test(v)) return this.link(v);
    return this.text(v);
  }
}

function collect(root: Node, sk: Skeleton, url: string): void {
  const add = (s: string | null) => {
    for (const m of (s ?? '').matchAll(TOKEN)) if (m[1] && /^\p{Lu}/u.test(m[1])) sk.proper.add(m[1]);
    // Links: their path words (a slug is lower case); not the query (tracking tokens).
    for (const u of (s ?? '').match(/(?:https?:\/\/[^/\s]+|^\/)[^?#\s"']*/g) ?? []) addLink(u);
  };
  const addLink = (u: string) => {
    for (const m of u.split(/[?#]/)[0]?.matchAll(TOKEN) ?? [])
      if (m[1] && m[1].length > 2 && !PATH_WORDS.has(m[1].toLowerCase())) sk.linkWords.add(m[1].toLowerCase());
  };
  addLink(url);
  const stack: Node[] = [root];
  for (let n = stack.pop(), seen = 0; n && seen < MAX_NODES; n = stack.pop(), seen++) {
    if (n.nodeType === 3) add(n.nodeValue);
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    for (const a of Array.from(e.attributes))
      if (LINK.test(a.name) && a.name !== 'content') addLink(a.value);
      else if (!STRUCTURAL.test(a.name)) add(a.value);
    if (/^(script|code)$/i.test(e.tagName)) {
      // Embedded JSON: its values are content, its keys and types are structure.
      const values: string[] = [];
      const walk = (v: unknown, key: string, depth: number): void => {
        if (depth > 64) return;
        if (typeof v === 'string') {
          if (!/^[@$](type|context)$/.test(key) && !/^[A-Z][A-Z\d_]+$/.test(v)) values.push(v);
        } else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? key : k, depth + 1);
      };
      try {
        walk(JSON.parse(codeText(e)), '', 0);
        for (const v of values) add(v);
      } catch {
        add(e.textContent);
      }
    } else for (let i = e.childNodes.length - 1; i >= 0; i--) stack.push(e.childNodes[i] as Node);
  }
}

/** LinkedIn wraps some <code> JSON in an HTML comment. */
const codeText = (e: Element) => (e.textContent || e.innerHTML).replace(/^\s*<!--|-->\s*$/g, '');

function embeddedJson(text: string, sk: Skeleton): string | null {
  const t = text.trim();
  if (!/^[[{]/.test(t) || t.length > 5_000_000) return null;
  try {
    return JSON.stringify(sk.json(JSON.parse(t)));
  } catch {
    return null;
  }
}

function attrs(e: Element, sk: Skeleton): string {
  let out = '';
  for (const a of Array.from(e.attributes)) {
    const name = a.name.toLowerCase();
    if (!/^[a-z_:][\w:.-]*$/.test(name) || /^on/.test(name)) continue;
    let v: string;
    if (name === 'style') {
      // Old layouts paint the photo as a background: its link is structure, the rest is styling.
      const bg = a.value.match(/url\(["']?([^"')]+)/)?.[1];
      if (!bg) continue;
      v = `background-image:url(${sk.link(bg)})`;
    } else if (name === 'srcset')
      // "url 400w, url 800w": the sizes are structure, anything else in it is not.
      v = a.value
        .split(/,\s+/)
        .map((c) =>
          c
            .split(/\s+/)
            .map((p, i) => (i === 0 ? sk.link(p) : /^\d+(\.\d+)?[wx]$/.test(p) ? p : sk.text(p)))
            .join(' '),
        )
        .join(', ');
    else if (STRUCTURAL.test(name)) v = sk.structural(a.value);
    else if (LINK.test(name) && (name !== 'content' || /^(https?:)?\/\//i.test(a.value))) v = sk.link(a.value);
    else v = sk.text(a.value);
    out += ` ${name}="${esc(v)}"`;
  }
  return out;
}

/** The skeleton of a document as an HTML page, headed by the page address (scrubbed the same way). */
export function skeleton(doc: Document, url: string): string {
  const sk = new Skeleton();
  const root = doc.documentElement;
  collect(root, sk, url);
  const out: string[] = [
    `<!doctype html>\n<!-- Coffee Chat page skeleton: structure only, every text replaced. Page address: ${esc(sk.link(url)).replace(/--/g, '- -')} -->\n`,
  ];
  let nodes = 0;
  // Iterative (a hostile page can nest deeper than the stack): an element's close tag is queued after its children.
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node | string;
    if (typeof n === 'string') {
      out.push(n);
      continue;
    }
    if (++nodes > MAX_NODES) {
      out.push('<!-- skeleton cut: page too large -->');
      break;
    }
    if (n.nodeType === 3) {
      out.push(esc(sk.text(n.nodeValue ?? '')));
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const tag = e.tagName.toLowerCase();
    if (!/^[a-z][\w-]*$/.test(tag)) continue;
    const isJson = tag === 'script' && /ld\+json/i.test(e.getAttribute('type') ?? '');
    if (DROP.test(tag) && !isJson) continue;
    out.push(`<${tag}${attrs(e, sk)}>`);
    if (VOID.test(tag)) continue;
    if (isJson || tag === 'code') {
      const json = embeddedJson(codeText(e), sk);
      if (json !== null) {
        // In a script, "</" would end it early; in <code>, the JSON is ordinary escaped text.
        out.push(isJson ? json.replace(/</g, '\\u003c') : esc(json), `</${tag}>`);
        continue;
      }
      if (isJson) {
        out.push(`</${tag}>`);
        continue;
      }
    }
    stack.push(`</${tag}>`);
    // svg drawings are shapes, not structure the capture reads.
    if (tag === 'svg') continue;
    for (let i = e.childNodes.length - 1; i >= 0; i--) stack.push(e.childNodes[i] as Node);
  }
  return out.join('');
}

// RFC 5545 §3.1 and RFC 6350 §3.2: content lines longer than 75 octets are folded with
// CRLF + one space. Count UTF-8 octets and never split a character in two.
const encoder = new TextEncoder();

export function foldLine(line: string, limit = 75): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const max = out.length === 0 ? limit : limit - 1;
    if (octets + size > max) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Undo folding: a line break followed by a space or tab continues the previous line. */
export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
}

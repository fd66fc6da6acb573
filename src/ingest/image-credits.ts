/**
 * Image blocks of a raw article: a caption with its credit line ("(Jacquelyn Martin / Pool Photo)",
 * "Getty Images", "REUTERS/Kevin Lamarque") and an optional alt-text line. Pure; no I/O.
 */

export interface ParsedImage {
  caption: string | null;
  credit: string | null;
  /** Alt text line, when the export gives one above the caption. */
  alt: string | null;
}

const CREDIT_WORDS =
  /\b(photo|photograph|photographer|pool|getty|images|ap|afp|reuters|epa|associated press|bloomberg|staff|handout|courtesy|file|shutterstock|via|credit|tass|sputnik|xinhua)\b/i;

/** "(Jacquelyn Martin / Pool Photo)", "Photo: AP", "(AP Photo/Evan Vucci)" → the credit text. */
function creditOf(line: string): string | null {
  const paren = /^\((.{2,120})\)$/.exec(line);
  if (paren && (paren[1].includes('/') || CREDIT_WORDS.test(paren[1]))) return paren[1].trim();
  const labelled = /^(?:photo|photograph|image|credit|photo credit|picture)\s*(?:by|:)\s*(.{2,120})$/i.exec(line);
  if (labelled) return labelled[1].trim();
  if (BARE_AGENCY.test(line)) return line.trim();
  if (isSlashCredit(line)) return line.trim();
  return null;
}

/** An agency named alone on a credit line: "Getty Images", "AFP via Getty Images", "PA Media". */
const BARE_AGENCY = /^(?:(?:AFP|EPA|Reuters|Bloomberg|Anadolu|NurPhoto|SOPA Images|LightRocket|Pool|KCNA|Yonhap|Xinhua|Handout|[A-Z]{2,6})\s+via\s+)?(?:Getty Images|Getty|Reuters|REUTERS|AP|AFP|EPA|EPA-EFE|PA|PA Media|PA Wire|Shutterstock|Alamy|Bloomberg|Xinhua|TASS|Sputnik)$/;

/** "REUTERS/Kevin Lamarque/File Photo", "Barbara J. Perenic/Columbus Dispatch", "Sputnik/Alexander Kazakov/Pool via REUTERS". */
function isSlashCredit(line: string): boolean {
  if (line.length > 100 || !line.includes('/') || /[.!?,;:"“”]$/.test(line) || /https?:|www\./i.test(line)) return false;
  const parts = line.split('/').map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === '')) return false;
  return parts.every((p) => p.split(/\s+/).length <= 5 && p.split(/\s+/).every((w) => /^(?:\p{Lu}[\p{L}.'’&-]*|via|for|of|and)$/u.test(w)));
}

/** A credit at the end of a caption line: "Kerry and Lavrov in Paris. (Jacquelyn Martin / Pool Photo)". */
function trailingCredit(line: string): { caption: string; credit: string } | null {
  // "… Sept. 19, 2024. REUTERS/Kevin Lamarque", "… the Arctic. Photograph: Ian Forsyth/Getty Images".
  // The credit is at most some 115 characters and holds a slash, a colon or "via": look for it only then.
  const end = line.slice(-120);
  const tail = end.includes('/') || end.includes(':') || (end.includes('via') && /\svia\s/.test(end)) ? /^(.*[.!?"”])\s+((?:Photograph|Photo|Picture|Image|Credit)s?\s*:\s*[^:]{2,100}|[^\s.][^.]{1,99})$/u.exec(line) : null;
  if (tail && !line.endsWith(')')) {
    const credit = creditOf(tail[2]);
    if (credit !== null && (tail[2].includes('/') || /:/.test(tail[2]) || /\svia\s/.test(tail[2]))) return { caption: tail[1], credit };
  }
  if (!line.endsWith(')')) return null;
  const m = /^(.*\S)\s+\(([^()]{2,120})\)$/.exec(line);
  if (!m || !/[.!?"”]$/.test(m[1])) return null;
  const credit = creditOf(`(${m[2]})`);
  return credit ? { caption: m[1], credit } : null;
}

/** A block is an image when its last line is a credit (or a caption ending with one). */
export function asImage(lines: readonly string[] | undefined): ParsedImage | null {
  if (!lines || lines.length === 0 || lines.length > 4) return null;
  // Credit over the caption, as some broadcasters' pages have it: "Getty Images" / "Tirzepatide is sold as…".
  if (lines.length === 2 && creditOf(lines[0]) !== null && creditOf(lines[1]) === null && lines[1].split(/\s+/).length <= 40) {
    return { caption: lines[1], credit: creditOf(lines[0]), alt: null };
  }
  const last = lines[lines.length - 1];
  const credit = creditOf(last);
  if (credit !== null) {
    const caption = lines.length >= 2 ? lines[lines.length - 2] : null;
    const alt = lines.length >= 3 ? lines.slice(0, -2).join(' ') : null;
    return { caption, credit, alt };
  }
  const trailing = trailingCredit(last);
  if (trailing) {
    const alt = lines.length >= 2 ? lines.slice(0, -1).join(' ') : null;
    return { caption: trailing.caption, credit: trailing.credit, alt };
  }
  return null;
}

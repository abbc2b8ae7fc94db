/**
 * Finding the place of a body: the chain of divisions (province → prefecture → county) that a name
 * starts with, and the chains named in running text.
 */
import {
  divisionByCode,
  divisionsNamed,
  MAX_NAME_LENGTH,
  nameLengthsAt,
  shortName,
  validIn,
  type Division
} from './divisions';

/** A chain of nested divisions, outermost first; never empty. */
export type Chain = readonly Division[];

function isBelow(child: Division, parent: Division): boolean {
  if (parent.level === 'province') return child.level !== 'province' && child.provinceCode === parent.code;
  if (parent.level === 'city') return child.level === 'county' && child.cityCode === parent.code;
  return false;
}

export interface PrefixMatch {
  /** Every chain the prefix can mean (several for 鼓楼区…, before context narrows them). */
  chains: Chain[];
  /** The name after the prefix. */
  rest: string;
}

/**
 * The divisions a name starts with, longest names first: 河南省洛阳市孟津区人社局 →
 * [河南省, 洛阳市, 孟津区] + 人社局. Returns no chains when the name starts with no division.
 */
export function matchPrefix(name: string): PrefixMatch {
  let chains: Division[][] = [[]];
  let pos = 0;
  for (;;) {
    // Only the lengths of names that start with the next two characters are looked up.
    const lengths = nameLengthsAt(name, pos);
    let next: Division[][] = [];
    for (let j = 0; j < lengths.length && next.length === 0; j++) {
      const len = lengths[j];
      if (len > name.length - pos) continue;
      const found = divisionsNamed(name.slice(pos, pos + len));
      if (found.length === 0) continue;
      next = chains.flatMap((chain) =>
        found.filter((d) => chain.length === 0 || isBelow(d, chain[chain.length - 1])).map((d) => [...chain, d])
      );
      if (next.length > 0) pos += len;
    }
    if (next.length === 0) break;
    chains = next;
  }
  return { chains: chains.filter((c) => c.length > 0), rest: name.slice(pos) };
}

/** Every chain named in a text (洛阳市孟津区 …), each as long as it goes. */
export function chainsInText(text: string): Chain[] {
  const out: Chain[] = [];
  for (let i = 0; i < text.length; i++) {
    if (nameLengthsAt(text, i).length === 0) continue;
    const window = text.slice(i, i + MAX_NAME_LENGTH * 3);
    const m = matchPrefix(window);
    if (m.chains.length === 0) continue;
    out.push(...m.chains);
    i += window.length - m.rest.length - 1;
  }
  return out;
}

/** Chains whose last division existed in the year; all of them when none did (an anachronistic name). */
export function preferValid(chains: Chain[], year: number): Chain[] {
  const valid = chains.filter((c) => validIn(c[c.length - 1], year));
  return valid.length > 0 ? valid : chains;
}

/** How many of a chain's places (full or short names of its province and prefecture) a text mentions. */
function mentions(chain: Chain, text: string): number {
  const last = chain[chain.length - 1];
  const places = [divisionByCode(last.provinceCode), last.cityCode ? divisionByCode(last.cityCode) : undefined];
  let score = 0;
  for (const p of places) {
    if (p && p !== last && (text.includes(p.name) || text.includes(shortName(p.name)))) score++;
  }
  return score;
}

/** Keep the chains whose province or prefecture the context names most often (新城区 in 西安 vs 呼和浩特). */
export function narrowByContext(chains: Chain[], context: string): Chain[] {
  if (chains.length <= 1 || context === '') return chains;
  const scores = chains.map((c) => mentions(c, context));
  const best = Math.max(...scores);
  return best === 0 ? chains : chains.filter((_, i) => scores[i] === best);
}

// The accuracy figures are read at build time: the committed baseline of the real-report corpus.
import baseline from '../../../tests/accuracy-baseline.json';
import { summariseAccuracy } from '$lib/ui/data/accuracy';

export function load() {
  return { accuracy: summariseAccuracy(baseline) };
}

/**
 * One input file → bytes and hash, or an early rejection (too large, empty) that never reads the
 * whole file into memory.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from '../input/index';
import type { RejectionReason } from '../schema/types';

export type LoadedFile =
  | { ok: true; bytes: Uint8Array; sha256: string }
  | { ok: false; sha256: string; reason: RejectionReason; message: string };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Hash a file in chunks, so a huge file is never held in memory. */
async function streamSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function loadFile(path: string, source: string, maxBytes = MAX_INPUT_BYTES): Promise<LoadedFile> {
  const { size } = await stat(path);
  if (size > maxBytes) {
    const mb = (size / 1024 / 1024).toFixed(1);
    const limit = (maxBytes / 1024 / 1024).toFixed(0);
    return {
      ok: false,
      sha256: await streamSha256(path),
      reason: 'too_large',
      message: `文件「${source}」过大（${mb} MB，上限 ${limit} MB） / ${source}: file too large (${mb} MB, limit ${limit} MB)`
    };
  }
  const bytes = new Uint8Array(await readFile(path));
  const sha256 = sha256Hex(bytes);
  if (bytes.length === 0) {
    return { ok: false, sha256, reason: 'empty', message: `文件「${source}」为空 / ${source}: the file is empty` };
  }
  return { ok: true, bytes, sha256 };
}

/** SHA-256 hex of file bytes with Web Crypto (browsers, workers, and Node 20's global `crypto`). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // digest() wants a BufferSource backed by a plain ArrayBuffer; copy views of shared or larger buffers.
  const plain = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const digest = await crypto.subtle.digest('SHA-256', plain as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * libsodium needs WebAssembly; a hardened browser may have none (or forbid compiling it). Asked up
 * front so the page falls back to the form the server seals before anyone writes.
 */
export function hasWebAssembly(): boolean {
  try {
    // The smallest valid module: the magic number and version.
    return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch {
    return false;
  }
}

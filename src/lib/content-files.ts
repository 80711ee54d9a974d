/**
 * Reads the report's section files as an editor saved them. Problems an editor
 * can cause by saving (another encoding, a stray byte, two names differing only
 * in case) are named here with the place to look, before any parser sees them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from './content-rules';

const BOM = '\uFEFF';

/** "line:column" of a byte offset in a UTF-8 buffer, counting the bytes before it as text. */
function byteLineColumn(bytes: Uint8Array, offset: number): string {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** The first offset at which the bytes stop being UTF-8. */
function firstNonUtf8Byte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const strict = new TextDecoder('utf-8', { fatal: true });
  // The longest valid prefix, by halving: a prefix may end inside a character, so allow 3 bytes of slack.
  while (high - low > 4) {
    const mid = (low + high) >> 1;
    try {
      strict.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  for (let end = low; end <= high; end++) {
    try {
      strict.decode(bytes.subarray(0, end));
    } catch {
      return Math.max(0, end - 1);
    }
  }
  return low;
}

/**
 * Decodes a file's bytes as UTF-8 (a byte order mark is accepted and dropped),
 * or returns the problem with its place.
 */
export function decodeSource(file: string, bytes: Uint8Array): { source: string } | { error: string } {
  try {
    const source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { source: source.startsWith(BOM) ? source.slice(1) : source };
  } catch {
    const offset = firstNonUtf8Byte(bytes);
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    return {
      error:
        `${file}:${byteLineColumn(bytes, offset)}: the file is not UTF-8: byte 0x${byte} here is not a UTF-8 character. ` +
        'It was probably saved as GB18030/GBK or another encoding. Reopen it with that encoding and save it as UTF-8 ' +
        '(VS Code: the encoding in the status bar → Save with Encoding → UTF-8).',
    };
  }
}

/** Reads every .mdx file of a folder, named relative to the project root; problems go to `errors`. */
export function readSectionFiles(dir: string, root = process.cwd(), errors: string[] = []): SourceFile[] {
  const names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.mdx')).sort();
  // Names that differ only by case ("Closing.mdx" beside "closing.mdx") would be one address.
  const sameName = new Map<string, string[]>();
  for (const name of names) sameName.set(name.toLowerCase(), [...(sameName.get(name.toLowerCase()) ?? []), name]);
  const files: SourceFile[] = [];
  for (const name of names) {
    const file = relative(root, join(dir, name));
    const others = sameName.get(name.toLowerCase())!.filter((other) => other !== name);
    if (others.length > 0 && name !== name.toLowerCase()) {
      const kept = others.find((other) => other === other.toLowerCase()) ?? others[0];
      errors.push(
        `${file}:1:1: the name differs from ${relative(root, join(dir, kept))} only by upper/lower case; a section's address comes from its file name, so keep one of them (in lower case) and delete or merge the other`,
      );
      continue;
    }
    if (!name.endsWith('.mdx')) {
      errors.push(`${file}:1:1: a section file's name ends in ".mdx" in lower case; rename it to ${name.slice(0, -4)}.mdx`);
      continue;
    }
    if (name !== name.toLowerCase()) {
      errors.push(`${file}:1:1: a section's file name is its address and must be lower case; rename it to ${name.toLowerCase()}`);
      continue;
    }
    const decoded = decodeSource(file, readFileSync(join(dir, name)));
    if ('error' in decoded) errors.push(decoded.error);
    else files.push({ file, source: decoded.source });
  }
  return files;
}

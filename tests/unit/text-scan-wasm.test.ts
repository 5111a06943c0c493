import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTextScanner, generatedModule } from '../../scripts/build-wasm.ts';

describe('the text scanner module', () => {
  it('is what assembly/text-scan.ts compiles to (run `npm run build:wasm` after changing it)', async () => {
    expect(await compileTextScanner()).toBe(readFileSync(generatedModule, 'utf8'));
  }, 60_000);
});

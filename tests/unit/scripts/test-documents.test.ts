import { describe, expect, it } from 'vitest';
import { boldRuns } from '../../../scripts/lib/test-documents.ts';

describe('test documents', () => {
  it('prints "**" spans in bold and keeps a mark without its partner as printed', () => {
    expect(boldRuns('- **Core20:** the most deprived')).toEqual([
      { text: '- ', bold: false },
      { text: 'Core20:', bold: true },
      { text: ' the most deprived', bold: false },
    ]);
    expect(boldRuns('- Present:** Councillor K Mitchell')).toEqual([
      { text: '- Present:** Councillor K Mitchell', bold: false },
    ]);
  });
});

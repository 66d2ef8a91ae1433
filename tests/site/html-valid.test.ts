import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, readDist } from '../support/dist';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

describe('HTML validation', () => {
  it.each(htmlPages())('%s is valid HTML', async (page) => {
    const report = await validator.validateString(readDist(page), page);
    const errors = report.results.flatMap((result) =>
      result.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});

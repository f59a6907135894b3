// The accessibility check every browser test runs on the pages it passes: axe-core must find no
// serious or critical problem.
import assert from 'node:assert/strict';
import { seriousViolations } from '../../harness.mjs';

/// Fails the test, naming the page by `label`, when axe-core finds serious problems on `page`.
export async function expectAccessible(page, label) {
  const problems = await seriousViolations(page);
  assert.deepEqual(problems, [], `${label}: axe found serious problems`);
}

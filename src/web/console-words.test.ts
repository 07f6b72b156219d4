import { describe, expect, it } from 'vitest';
import { consoleWordLoaders } from './client/console/words';
import { webCatalogs } from './i18n';

describe('the console fetches other languages’ words when switched to', () => {
  it('has a loader for every language the pages are offered in, and each gives that language’s words', async () => {
    expect(Object.keys(consoleWordLoaders).sort()).toEqual(webCatalogs.map((c) => c.lang).sort());
    for (const catalog of webCatalogs) {
      const words = await consoleWordLoaders[catalog.lang]!();
      expect(words).toEqual({ dir: catalog.dir, layout: catalog.layout, console: catalog.console });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { fill } from '../i18n/catalog';
import { loadAssets } from './assets';
import { escapeHtml, html, jsonData } from './html';
import { hasCatalog } from '../i18n';
import { languageInfo } from '../i18n/languages';
import { publicCatalogs, webCatalogs } from './i18n';
import { chatTextFor } from './i18n/chat';
import { en } from './i18n/en';
import { renderSetupPage } from './setup-page';

describe('HTML rendering', () => {
  it('escapes every interpolated value unless it is already HTML', () => {
    const hostile = `"><script>alert('x')</script>&`;
    expect(html`<p title="${hostile}">${hostile}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
    expect(html`<ul>${[html`<li>${'<b>'}</li>`]}</ul>`.value).toBe('<ul><li>&lt;b&gt;</li></ul>');
    expect(escapeHtml('plain')).toBe('plain');
  });

  it('page data cannot close its script block or start markup', () => {
    const block = jsonData('d', { text: '</script><script>alert(1)</script>\u2028' }).value;
    expect(block).not.toContain('</script><script>');
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).toEqual({
      text: '</script><script>alert(1)</script>\u2028',
    });
  });

  it('a right-to-left catalog gets dir="rtl" on the page', async () => {
    const assets = await loadAssets({ minify: true });
    const rtl = { ...en, lang: 'ar', dir: 'rtl' as const };
    expect(renderSetupPage({ catalog: rtl, assets, publicUrl: 'https://line.example.org' })).toContain(
      '<html lang="ar" dir="rtl">',
    );
  });
});

describe('web catalogs', () => {
  /** Every string in a catalog, by its dotted path. */
  const strings = (value: unknown, path = ''): Map<string, string> => {
    const out = new Map<string, string>();
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value))
        for (const [p, s] of strings(inner, `${path}.${key}`)) out.set(p, s);
    return out;
  };
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(webCatalogs.map((c) => [c.lang, c] as const))(
    '%s says everything English says, with the same placeholders, and nothing empty',
    (_lang, catalog) => {
      const english = strings(en);
      const mine = strings(catalog);
      expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of mine) {
        expect(text.trim(), path).not.toBe('');
        expect(placeholders(text), path).toEqual(placeholders(english.get(path) ?? ''));
      }
      expect(fill(catalog.setup.needsScript.cliCommand, { url: 'U' })).toContain('--url U --token');
      expect(catalog.front.callOrText.split('{number}')).toHaveLength(2); // the front page puts the number's link there
    },
  );

  it.each(publicCatalogs.map((c) => [c.lang, c] as const))(
    '%s public pages and chat say everything English says, in the registry’s direction and status',
    (lang, catalog) => {
      const english = strings({ layout: en.layout, front: en.front, chat: chatTextFor('en') });
      const mine = strings({ layout: catalog.layout, front: catalog.front, chat: chatTextFor(lang) });
      expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of mine) {
        expect(text.trim(), path).not.toBe('');
        expect(placeholders(text), path).toEqual(placeholders(english.get(path) ?? ''));
      }
      if (lang !== 'en') expect(chatTextFor(lang)).not.toBe(chatTextFor('en'));
      const info = languageInfo(lang);
      expect(catalog.dir).toBe(info?.dir);
      expect(info?.status.pages).toBeDefined();
      expect(info?.status.chat).toBeDefined();
      // The chat page states the line's promises from the spoken catalog: it must exist.
      expect(hasCatalog(lang)).toBe(true);
    },
  );
});

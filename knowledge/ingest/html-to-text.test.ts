import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, htmlToText, looksLikeHtml } from './html-to-text.ts';

describe('htmlToText', () => {
  it('keeps paragraphs apart and list items on their own lines', () => {
    const html = '<p>Soft <strong>merino</strong>.</p>\n<ul>\n  <li>Warm</li>\n  <li>Light</li>\n</ul><p>Made in Italy</p>';
    expect(htmlToText(html)).toBe('Soft merino.\n\n- Warm\n- Light\n\nMade in Italy');
  });

  it('turns <br> into line breaks and ignores source line breaks', () => {
    expect(htmlToText('Line one<br>Line two<br/>still\ntwo')).toBe('Line one\nLine two\nstill two');
  });

  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('<p>Tom &amp; Jerry &lt;b&gt; &quot;q&quot; &#39;s&#39; a&nbsp;b &#8211; &#x2014;</p>')).toBe(
      'Tom & Jerry <b> "q" \'s\' a b – —',
    );
  });

  it('drops scripts, styles and comments', () => {
    expect(htmlToText('<style>p{}</style><!-- note --><p>Hi</p><script>alert(1)</script>')).toBe('Hi');
  });
});

describe('decodeHtmlEntities', () => {
  it('leaves unknown and invalid entities as written', () => {
    expect(decodeHtmlEntities('&bogus; &#0; &#x110000; &amp;amp;')).toBe('&bogus; &#0; &#x110000; &amp;');
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from plain text', () => {
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('Fish &amp; chips')).toBe(true);
    expect(looksLikeHtml('3 < 5 and 7 > 2, salt & pepper')).toBe(false);
  });
});

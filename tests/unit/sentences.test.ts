import { describe, expect, it } from 'vitest';
import { SENTENCE_BREAK, sentenceStarts, sentencesOf, wrapSentences } from '../../src/lib/sentences';
import { realContent } from '../helpers/content';

const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('sentences', () => {
  it('are cut by each language’s segmenter', () => {
    expect(sentencesOf('It works. It is 1.82 million kWh. Done!', 'en')).toEqual(['It works. ', 'It is 1.82 million kWh. ', 'Done!']);
    expect(sentencesOf('小米发布了报告。此举实现了38,333吉焦的热量回收!同时,它还提供服务。', 'zh')).toHaveLength(3);
  });

  it('take an editor’s explicit break, and never make a blank sentence', () => {
    expect(sentencesOf('One; two', 'en', [5])).toEqual(['One; ', 'two']);
    expect(sentenceStarts('One.   ', 'en')).toEqual([0]);
    expect(sentenceStarts('', 'en')).toEqual([]);
  });

  it('come in equal numbers in the two halves of every paragraph of the report', () => {
    const { sections } = realContent();
    let blocks = 0;
    for (const section of sections) {
      for (const block of section.blocks) {
        blocks += 1;
        expect(sentencesOf(block.text.zh, 'zh').length, `${section.file} ${block.id}`).toBe(sentencesOf(block.text.en, 'en').length);
      }
    }
    expect(blocks).toBeGreaterThan(20);
  });
});

describe('sentences in rendered HTML', () => {
  it('are wrapped in numbered spans, the text untouched', () => {
    const html = 'It saves <a class="figure-ref" href="#figure-x">approximately 1.82 million kWh</a>. Xiaomi&#39;s plan &amp; more. Done.';
    const wrapped = wrapSentences(html, 'en');
    expect(wrapped.count).toBe(3);
    expect(textOf(wrapped.html)).toBe(textOf(html));
    expect(wrapped.html).toContain('<span class="sentence" data-sentence="1">Xiaomi&#39;s plan &amp; more. </span>');
    expect(wrapped.html.startsWith('<span class="sentence" data-sentence="0">It saves <a ')).toBe(true);
  });

  it('never split an element: a start inside one opens its sentence after it', () => {
    // The explicit break falls inside the link; the link stays whole, in the first sentence.
    const html = `A <a href="#f">b${SENTENCE_BREAK}c</a> d`;
    const wrapped = wrapSentences(html, 'en');
    expect(wrapped.html).toBe('<span class="sentence" data-sentence="0">A <a href="#f">bc</a></span><span class="sentence" data-sentence="1"> d</span>');
  });

  it('take explicit breaks out of the HTML', () => {
    const wrapped = wrapSentences(`一二三${SENTENCE_BREAK}四五六`, 'zh');
    expect(wrapped.count).toBe(2);
    expect(wrapped.html).not.toContain('<!--');
    expect(textOf(wrapped.html)).toBe('一二三四五六');
  });
});

// Loaded into the page by render-cards.js and check-narrow-cards.js: the markdown handling Teams applies to our
// TextBlocks, which carry only backslash escapes (see CardText.Markdown) and one link on purpose, the footer's source
// „[Titel](https://…)“.
window.cardMarkdown = (text, result) => {
  const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const plain = s => esc(s.replace(/\\([\\`*_{}\[\]()#+\-.!<>~|=])/g, '$1'));
  const link = /(?<!\\)\[((?:\\.|[^\\\[\]])*)\]\((https?:\/\/[^\s()]+)\)/g;
  let html = '';
  let last = 0;
  for (const m of text.matchAll(link)) {
    html += plain(text.slice(last, m.index)) + '<a href="' + esc(m[2]) + '">' + plain(m[1]) + '</a>';
    last = m.index + m[0].length;
  }
  result.outputHtml = '<p>' + html + plain(text.slice(last)) + '</p>';
  result.didProcess = true;
};

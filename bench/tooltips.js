// The benchmark's plain tooltip page: the prerendered article without the companion's scripts,
// where Tippy.js (with Popper) opens a card with each note's title and summary on the same marks,
// as a news site might build it instead. Text only, never HTML.
const notes = JSON.parse(document.getElementById('tooltip-notes').textContent);
tippy('a[data-mention]', {
  content(mark) {
    const [title, summary] = notes[mark.dataset.note];
    const card = document.createElement('div');
    const heading = document.createElement('strong');
    heading.textContent = title;
    const text = document.createElement('p');
    text.textContent = summary;
    card.append(heading, text);
    return card;
  },
  trigger: 'click',
  interactive: true,
  appendTo: () => document.body,
  maxWidth: 360,
  // A mark is a link to its endnote; here it opens the tooltip instead.
  onTrigger(instance, event) { event.preventDefault(); },
});
performance.mark('tooltips-ready');

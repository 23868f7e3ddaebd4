// The benchmark's plain tooltip page: the prerendered article without the companion's scripts,
// where Tippy.js (with Popper) opens a card with each note's title and summary on the same marks,
// as a news site might build it instead. Text only, never HTML.
const notes = JSON.parse(document.getElementById('tooltip-notes').textContent);
// The page's own cards are the companion's: here each mark's button opens a tooltip instead.
for (const button of document.querySelectorAll('[data-opener]')) button.removeAttribute('popovertarget');
tippy('[data-opener]', {
  content(button) {
    const [title, summary] = notes[button.previousElementSibling.dataset.note];
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
});
performance.mark('tooltips-ready');

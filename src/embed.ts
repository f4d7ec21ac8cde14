// Entry point of embed.html?chart=<id>&…: one view alone, sized by its parent through postMessage.
import { mount } from 'svelte';
import Embed from './lib/embed/Embed.svelte';
import { boot } from './lib/boot/boot.ts';
import { pageDrawn } from './lib/boot/drawnMark.ts';
import { unknownViewMessage, viewById } from './lib/catalogue/catalogue.ts';
import { reportHeight } from './lib/embed/reportHeight.ts';
import { applyTheme, themeFrom } from './lib/theme.ts';
import { strings } from './lib/strings.ts';
import './styles.css';

const params = new URLSearchParams(window.location.search);
applyTheme(themeFrom(params));
const target = document.getElementById('embed')!;
const asked = params.get('chart');
const entry = viewById(asked);

/** A short message in place of the chart (an unknown id, a failed load): never a blank frame. */
function say(text: string, role: 'alert' | 'status') {
  const p = Object.assign(document.createElement('p'), { textContent: text, className: 'embed-message' });
  p.setAttribute('role', role);
  target.replaceChildren(p);
}

reportHeight(entry?.id ?? '');
if (!entry) {
  say(unknownViewMessage(asked), 'alert');
} else {
  document.title = `${entry.title} — ${strings.title}`;
  boot([entry.id])
    .then((booted) => {
      target.replaceChildren();
      const plain = params.has('plain') && !['0', 'false'].includes(params.get('plain')!);
      const { onDrawn, drawn } = pageDrawn([entry.id]);
      mount(Embed, { target, props: { booted, plain, onDrawn, whenDrawn: drawn } });
    })
    .catch((e: Error) => say(strings.loadFailed(e.message), 'alert'));
}

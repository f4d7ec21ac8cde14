// Entry point of the dashboard page: theme, then boot every view and mount the page.
import { mount } from 'svelte';
import App from './App.svelte';
import { boot } from './lib/boot/boot.ts';
import { dashboardLoads } from './lib/boot/dashboardLoads.ts';
import { pageDrawn } from './lib/boot/drawnMark.ts';
import { VIEW_IDS } from './lib/catalogue/catalogue.ts';
import { applyTheme } from './lib/theme.ts';
import { strings } from './lib/strings.ts';
import './styles.css';

applyTheme('auto');
const target = document.getElementById('app')!;
boot(VIEW_IDS, { started: dashboardLoads })
  .then((booted) => {
    target.replaceChildren();
    const { onDrawn, drawn } = pageDrawn(VIEW_IDS);
    mount(App, { target, props: { booted, onDrawn, whenDrawn: drawn } });
  })
  .catch((e: Error) => {
    const alert = Object.assign(document.createElement('p'), { textContent: strings.loadFailed(e.message) });
    alert.setAttribute('role', 'alert');
    target.replaceChildren(alert);
  });

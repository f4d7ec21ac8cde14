// The visits chart's view model: its frame and the contacts it draws, from (data, state); the lane layout from the size.
import type { DashboardData } from '../../data/dashboardData.ts';
import type { VisitEvent } from '../../data/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import type { ViewFrame } from '../../frame/viewFrame.ts';
import { formatYears } from '../../format.ts';
import { strings } from '../../strings.ts';
import { visitsStrings } from '../../viewStrings/visits.ts';
import { countryName } from '../../geo/countryNames.ts';
import { eventPartner } from '../../data/partner.ts';
import { eventYear } from '../../data/eventYear.ts';
import { selectionNotice } from '../../series/selectionNotice.ts';
import { sourceLine } from '../../frame/sourceLine.ts';
import { claimMark } from '../../frame/claimMark.ts';
import { emptyState } from '../../series/emptyState.ts';
import { emphasis, partnerColours, type Emphasis } from '../../series/partnerStyle.ts';
import { legendKeys, matchesKinds } from '../../series/contactKinds.ts';
import { downloadScope } from '../../frame/downloadScope.ts';
import { loadDownloads } from '../loadDownloads.ts';
import { fitYears, timeScale, type AxisYears, type TimeScale } from '../timeScale.ts';
import { contactsInSelection, contactsInView } from './selectContacts.ts';
import { partnerLanes } from './partnerLanes.ts';
import { layoutLanes, type LaneLayout } from './layoutLanes.ts';

export interface LaneStyle {
  partner: string;
  /** The partner's colour (a CSS variable). */
  colour: string;
  emphasis: Emphasis;
}

export interface VisitsView {
  frame: ViewFrame;
  plot: {
    /** Contacts of the chosen kinds and years, in date order (every partner: a selection only dims). */
    contacts: VisitEvent[];
    /** One lane per partner the data names, in lane order, with its look. */
    lanes: LaneStyle[];
    /** What the key shows: the shapes drawn, dashed outlines, multi-day bars. */
    legend: ReturnType<typeof legendKeys>;
    /** The years the axis draws: those with contacts, not the whole range asked for. */
    years: AxisYears;
  };
}

export interface VisitsLayout {
  x: TimeScale;
  lanes: (LaneLayout & LaneStyle)[];
  /** Year boundaries inside the range, for the grid. */
  gridYears: number[];
  top: number;
  bottom: number;
  /** The drawing's height: the size asked for, or more when the lanes need it. */
  height: number;
}

const M = { top: 22, right: 12, bottom: 26, left: 8 };

/** The contacts of the chosen kinds and years: the frame, the lanes and the key. */
export function visitsView(data: DashboardData, state: ViewState): VisitsView {
  const contacts = contactsInView(data.visits, state);
  const partners = partnerLanes(data.visits);
  const colours = partnerColours(partners);
  // The selection limits the table, the download and the source line, not the marks.
  const listed = contactsInSelection(contacts, state.countries);
  // Asked only for an empty view or a selection's notice.
  const ofKinds = () => data.visits.filter((e) => matchesKinds(e, state.kinds));
  const years = fitYears(contacts.map(eventYear), state.start, state.end);
  const asked = formatYears([state.start, state.end]);
  return {
    frame: {
      id: 'visits',
      title: visitsStrings.title,
      subtitle: visitsStrings.subtitle(state.kinds, asked, contacts.length, state.countries.length ? listed.length : null),
      sourceLine: sourceLine(listed.map((e) => e.source_id), data.sources),
      empty: emptyState(contacts.length, state, () => ofKinds().map((e) => String(eventYear(e)))),
      notice:
        selectionNotice(visitsStrings.what, state.countries, () => ofKinds().map((e) => ({ partner: eventPartner(e), period: String(eventYear(e)) })), state.start, state.end, (c) => countryName(c, data.aggregates)) ??
        strings.drawnNotice(years.covered, state.end - state.start + 1, formatYears([years.start, years.end]), asked, years.uncollected.length > 0),
      table: async () => (await import('./visitsTable.ts')).visitsTable(listed, data.aggregates),
      download: async () => (await loadDownloads()).visitsDownload(listed, data, downloadScope(['visits', state.kinds], state)),
      mark: claimMark(state, data.domain, 'visits'),
    },
    plot: {
      contacts,
      lanes: partners.map((partner) => ({ partner, colour: colours.get(partner) ?? 'var(--series-other)', emphasis: emphasis(partner, state) })),
      legend: legendKeys(contacts),
      years,
    },
  };
}

/** The time scale over the years drawn and the lanes, for a drawing size: kept apart so a resize does not select again. */
export function visitsLayout(plot: VisitsView['plot'], size: { width: number; height: number }): VisitsLayout {
  const { start, end } = plot.years;
  const top = M.top;
  const bottom = size.height - M.bottom;
  const x = timeScale(start, end, M.left, size.width - M.right);
  const laid = layoutLanes(plot.contacts, plot.lanes.map((l) => l.partner), x, top, bottom);
  const drawnBottom = Math.max(bottom, laid.at(-1)?.y1 ?? bottom);
  return {
    x,
    lanes: laid.map((lane, i) => ({ ...lane, ...plot.lanes[i]! })),
    gridYears: Array.from({ length: end - start }, (_, i) => start + i + 1),
    top,
    bottom: drawnBottom,
    height: drawnBottom + M.bottom,
  };
}

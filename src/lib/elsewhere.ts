// "The same themes in other places" on a priority page: a short sample per theme, so the page does
// not grow with the number of places on the site. The theme page has the full list.
import type { Entry } from '../schemas/rules.ts';
import type { Theme } from '../schemas/theme.ts';
import type { PriorityView, Site } from './model.ts';
import { themeUrl } from './urls.ts';

/** How many other places' priorities a priority page shows per theme. */
export const ELSEWHERE_LIMIT = 5;

export interface ThemeElsewhere {
  theme: Entry<Theme>;
  /** Up to the limit, in site order. */
  priorities: PriorityView[];
  /** How many more the theme page lists. */
  more: number;
  themeUrl: string;
}

export function elsewhereOnThemes(
  site: Pick<Site, 'prioritiesForTheme'>,
  view: PriorityView,
  limit = ELSEWHERE_LIMIT,
): ThemeElsewhere[] {
  return view.themes.map((theme) => {
    const others = site.prioritiesForTheme(theme.id).filter((o) => o.strategyId !== view.strategyId);
    return {
      theme,
      priorities: others.slice(0, limit),
      more: Math.max(0, others.length - limit),
      themeUrl: themeUrl(theme.id),
    };
  });
}

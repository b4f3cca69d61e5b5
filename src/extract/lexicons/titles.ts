/** Words naming a post or rank: a name after them is a person ("ISKP leader Abdullah Orakzai"). */
export const TITLES: ReadonlySet<string> = new Set(
  `leader leaders commander chief head founder spokesman spokesperson emir deputy minister president governor mayor
general colonel col gen major captain lieutenant sergeant judge priest father bishop archbishop senator deputy
mullah maulvi sheikh imam official militant member financier bomber ambassador journalist businessman candidate
attorney councilman councilor director manager officer`.split(/\s+/),
);

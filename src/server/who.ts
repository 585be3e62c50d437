/**
 * Who made a check-in or change: the name the person types, remembered in their own user
 * properties for next time; else the name they gave last time; else the goal's owner.
 * Needs no scope beyond the add-on's two (an e-mail address would need userinfo.email).
 */
import type { PropertiesPort } from '../sheet/ports.ts';

export const WHO_PROPERTY = 'goalpost.who';

export interface Who {
  readonly name: string;
  /** Call after the write has landed: a refused request remembers nothing. */
  readonly remember: () => void;
}

export function whoFor(given: string | undefined, owner: string, props: PropertiesPort): Who {
  const remembered = props.getProperty(WHO_PROPERTY)?.trim() ?? '';
  const typed = given?.trim() ?? '';
  if (typed === '') return { name: remembered !== '' ? remembered : owner.trim(), remember: () => undefined };
  return {
    name: typed,
    remember: () => {
      if (typed !== remembered) props.setProperty(WHO_PROPERTY, typed);
    },
  };
}

/**
 * A strict little XML reader for checking Parley's JUnit output in tests:
 * elements, attributes, text and the five predefined entities. It throws on
 * anything malformed (unclosed or mismatched tags, bare '&' or '<'), which is
 * what a CI system's parser would choke on.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&([^;]*);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new Error('bare & in XML');
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity &${name};`);
    return value;
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i++;
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  skipSpace();
  const element = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`expected '<' at ${i}`);
    i++;
    const name = /^[A-Za-z_][\w.-]*/.exec(xml.slice(i))?.[0];
    if (!name) throw new Error(`bad tag name at ${i}`);
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      const attr = /^([A-Za-z_][\w.-]*)="([^"<]*)"/.exec(xml.slice(i));
      if (!attr) throw new Error(`bad attribute in <${name}> at ${i}`);
      if (attr[1]! in attributes) throw new Error(`duplicate attribute ${attr[1]}`);
      attributes[attr[1]!] = decode(attr[2]!);
      i += attr[0].length;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= xml.length) throw new Error(`<${name}> is never closed`);
      if (xml.startsWith('</', i)) {
        const close = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(xml.slice(i));
        if (!close || close[1] !== name) throw new Error(`</${close?.[1]}> closes <${name}>`);
        i += close[0].length;
        return { name, attributes, children, text: decode(text) };
      }
      if (xml[i] === '<') children.push(element());
      else {
        const next = xml.indexOf('<', i);
        text += xml.slice(i, next === -1 ? xml.length : next);
        i = next === -1 ? xml.length : next;
      }
    }
  };
  const root = element();
  skipSpace();
  if (i !== xml.length) throw new Error('content after the root element');
  return root;
}

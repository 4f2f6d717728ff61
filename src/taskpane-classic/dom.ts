/**
 * The few DOM helpers the classic pane needs, written for Internet Explorer 11: only
 * createElement, setAttribute, appendChild, removeChild and textContent (IE 11 has no append,
 * replaceChildren, remove(), closest, NodeList.forEach or Element.matches).
 */

export type Child = Node | string | null | undefined | false;

export interface Attrs {
  [name: string]: string | number | boolean | null | undefined;
}

/** An element with attributes (false/null/undefined left out, true as "") and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, children?: Child | Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const name in attrs) {
      if (!Object.prototype.hasOwnProperty.call(attrs, name)) continue;
      const value = attrs[name];
      if (value === false || value === null || value === undefined) continue;
      if (name === "className") el.className = String(value);
      else el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  appendChildren(el, children);
  return el;
}

export function appendChildren(el: Node, children?: Child | Child[]): void {
  const list = Array.isArray(children) ? children : [children];
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

export function clear(el: Node): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Replaces an element's children. */
export function fill(el: Node, children?: Child | Child[]): void {
  clear(el);
  appendChildren(el, children);
}

export function show(el: HTMLElement, visible: boolean): void {
  if (visible) el.removeAttribute("hidden");
  else el.setAttribute("hidden", "");
}

/** Arrow keys as IE 11 ("Left") and current browsers ("ArrowLeft") name them. */
export function keyOf(e: KeyboardEvent): string {
  switch (e.key) {
    case "Left":
      return "ArrowLeft";
    case "Right":
      return "ArrowRight";
    case "Up":
      return "ArrowUp";
    case "Down":
      return "ArrowDown";
    case "Spacebar":
      return " ";
    default:
      return e.key || "";
  }
}

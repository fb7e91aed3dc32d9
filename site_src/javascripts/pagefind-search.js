// Pagefind search in Material's header (briefings plugin, `search: pagefind`).
//
// A small UI on Pagefind's JS API, in place of Pagefind's default UI (whose
// script and style were 32 KB compressed, and which loads every filter
// chunk when it opens). The bootstrap in overrides/partials/search-pagefind.html
// imports this module when the reader first focuses the search box; this
// module then imports pagefind.js, which fetches the entry file, the
// metadata and the WebAssembly. Per query Pagefind fetches the index chunks
// of the query's words, and this UI the fragments of the results it shows:
// RESULTS_SHOWN at a time.
//
// Article text is data: titles, metadata and excerpts come from the articles,
// so they are put in the page with textContent and createElement, never as
// HTML. Pagefind's excerpts are HTML whose only tags are its <mark>s (it
// escapes "<" and ">" of the text, tests/test_browser.py checks with a hostile
// article); they are split on those tags here and shown as text nodes.

const RESULTS_SHOWN = 5; // fragments fetched per batch of results (about 2 KB each)
const EXCERPT_WORDS = 24;
const DEBOUNCE_MS = 300;
// Words nearly every briefing has. Pagefind fetches the index chunk of each query word, and
// these words' chunks are the largest (at 10,000 briefings "the" is 350 KB, "in" 230 KB,
// "of" 170 KB, where a name's is 10-50 KB), and as a result must hold every word of the
// query and nearly every briefing holds these, they narrow almost nothing. They are left out
// of a query unless it is all stop words or a "quoted phrase" (Pagefind's exact search).
const STOP_WORDS = new Set(("a an and are as at be by for from has have in into is it its of on or " +
  "than that the their this to was were will with").split(" "));
const MARK = /<mark>([\s\S]*?)<\/mark>/g;

export function start(box) {
  if (box.baSearch) return box.baSearch;
  const input = box.querySelector(".ba-search__input");
  const form = box.querySelector(".ba-search__form");
  const panel = box.querySelector(".ba-search__panel");
  const status = box.querySelector(".ba-search__status");
  const list = box.querySelector(".ba-search__results");
  const more = box.querySelector(".ba-search__more");
  const bundle = new URL(box.dataset.bundle, document.baseURI).href;
  const base = new URL(box.dataset.base, document.baseURI).pathname;

  let engine = null; // the promise of Pagefind's module, initialised
  let timer = 0;
  let searchId = 0;
  let asked = null; // the query of the latest search
  let shown = []; // results of the current query
  let next = 0; // how many of them are rendered

  function pagefind() {
    if (!engine) {
      engine = import(bundle + "pagefind.js").then(async (pf) => {
        // No web worker: it would be one more script as large as pagefind.js itself.
        await pf.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, noWorker: true });
        pf.init(); // fetches the entry file, the metadata and the WebAssembly now, while the reader types
        return pf;
      });
    }
    return engine;
  }

  function say(text) {
    status.textContent = text;
  }

  function open() {
    panel.hidden = false;
  }

  function close() {
    panel.hidden = true;
  }

  function clear() {
    shown = [];
    next = 0;
    list.replaceChildren();
    more.hidden = true;
  }

  // The words Pagefind is asked for: the query without its stop words.
  function essential(query) {
    if (/^\s*".+"\s*$/.test(query)) return query; // Pagefind's exact phrase search
    const words = query.split(/\s+/).filter(Boolean);
    const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
    return kept.length ? kept.join(" ") : query;
  }

  async function run(query) {
    const id = ++searchId;
    asked = query;
    if (!query) {
      clear();
      say("");
      close();
      return;
    }
    open();
    say("Searching…");
    let response;
    try {
      const pf = await pagefind();
      response = await pf.search(essential(query));
    } catch (err) {
      if (id === searchId) {
        clear();
        say("Search is not available: the Pagefind index was not found.");
      }
      return;
    }
    if (id !== searchId || !response) return; // a later query has taken over
    clear();
    shown = response.results;
    const count = shown.length;
    say(count ? `${count} result${count === 1 ? "" : "s"} for “${query}”` : `No results for “${query}”`);
    await showMore(id);
  }

  async function showMore(id) {
    const batch = shown.slice(next, next + RESULTS_SHOWN);
    next += batch.length;
    more.hidden = true;
    const data = await Promise.all(batch.map((r) => r.data().catch(() => null)));
    if (id !== searchId) return;
    for (const item of data) {
      if (item) list.appendChild(render(item));
    }
    more.hidden = next >= shown.length;
  }

  function render(item) {
    const meta = item.meta || {};
    const li = document.createElement("li");
    li.className = "ba-search__result";
    const link = document.createElement("a");
    link.className = "ba-search__link";
    link.href = safeUrl(item.url);
    link.appendChild(span("ba-search__title", meta.title || item.url));
    const facts = [meta.outlet, meta.date, meta.place, meta.type].filter(Boolean);
    if (facts.length) link.appendChild(span("ba-search__facts", facts.join(" · ")));
    if (meta.people) link.appendChild(span("ba-search__people", meta.people));
    if (item.excerpt) link.appendChild(excerpt(item.excerpt));
    li.appendChild(link);
    return li;
  }

  // Same-origin http(s) links only: a result is a page of this site.
  function safeUrl(url) {
    try {
      const target = new URL(url, document.baseURI);
      if (target.origin === location.origin && /^https?:$/.test(target.protocol)) return target.href;
    } catch (err) {
      /* fall through */
    }
    return "#";
  }

  function span(className, text) {
    const el = document.createElement("span");
    el.className = className;
    el.textContent = text;
    return el;
  }

  // Pagefind's excerpt, as text: its <mark>s become <mark> elements, the rest text nodes.
  function excerpt(html) {
    const el = document.createElement("span");
    el.className = "ba-search__excerpt";
    let last = 0;
    for (const match of html.matchAll(MARK)) {
      el.appendChild(document.createTextNode(angles(html.slice(last, match.index))));
      const mark = document.createElement("mark");
      mark.textContent = angles(match[1]);
      el.appendChild(mark);
      last = match.index + match[0].length;
    }
    el.appendChild(document.createTextNode(angles(html.slice(last))));
    return el;
  }

  // Undo the only escaping Pagefind does to excerpt text ("<" and ">"); the result is a text node.
  function angles(text) {
    return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  }

  function links() {
    return [...list.querySelectorAll(".ba-search__link")];
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    timer = setTimeout(() => run(query), query ? DEBOUNCE_MS : 0);
  });
  input.addEventListener("click", () => {
    if (input.value.trim() && (list.childElementCount || status.textContent)) open();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        open();
        first.focus();
      }
    } else if (event.key === "Enter") {
      event.preventDefault();
      const query = input.value.trim();
      if (query !== asked) {
        clearTimeout(timer); // search now, without waiting for the pause
        run(query);
        return;
      }
      const first = links()[0];
      if (first && !panel.hidden) first.click();
    }
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at === -1) return;
    if (event.key === "ArrowDown" && at + 1 < all.length) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    }
  });
  more.addEventListener("click", () => {
    const before = links().length;
    showMore(searchId).then(() => {
      const target = links()[before];
      if (target) target.focus();
    });
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (!panel.hidden && !box.contains(event.target)) close();
  });

  box.baSearch = { pagefind, run, close };
  pagefind().catch(() => {}); // the reader is in the box: start loading
  const query = input.value.trim();
  if (query) run(query);
  return box.baSearch;
}

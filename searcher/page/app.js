/*
 * app.js: the search page.  Reads the query and filters from the URL,
 * asks /api/search, and draws results, facets and the per-year chart.
 * Every string from the index goes into the page as text (textContent);
 * only the snippet's <mark> highlights become elements.
 */
'use strict';

(function () {
	var PAGE = 10;
	var FACETS = ['council', 'committee', 'year', 'speaker', 'type'];
	var FACET_TITLES = {
		council: 'Council', committee: 'Committee', year: 'Year',
		speaker: 'Speaker', type: 'Kind of passage'
	};
	var FACET_SHOWN = 8;
	var FILTERS = ['council', 'committee', 'speaker', 'type', 'year',
	    'from', 'to'];
	var SECTION_NAMES = {
		title: 'Title', agenda: 'Agenda', purpose: 'Purpose',
		question: 'Question',
		answer: 'Answer', resolution: 'Resolution',
		discussion: 'Discussion', text: 'Text', item: 'Item',
		routine: 'Routine'
	};

	function $(id) { return document.getElementById(id); }

	var form = $('search'), q = $('q'), list = $('suggestions');
	var from = $('from'), to = $('to'), sort = $('sort');
	var statusEl = $('status'), notice = $('notice'), active = $('active');
	var hitsEl = $('hits'), facetsEl = $('facets'), chart = $('chart');
	var years = $('years'), pager = $('pager'), filters = $('filters');

	var state = readState(location.search);
	var searchCtl = null, suggestCtl = null, suggestTimer = 0;
	var expanded = {};	/* facet name: 1 when showing all values */

	/* ---- Small helpers ---- */

	function el(tag, cls, text) {
		var e = document.createElement(tag);
		if (cls)
			e.className = cls;
		if (text !== undefined && text !== null)
			e.textContent = String(text);
		return e;
	}

	function posInt(s, dflt) {
		var n = /^[0-9]{1,6}$/.test(s || '') ? parseInt(s, 10) : 0;
		return n > 0 ? n : dflt;
	}

	function plural(n, one, many) {
		return n.toLocaleString('en-GB') + ' ' + (n === 1 ? one : many);
	}

	/* Turns Xapian's escaped snippet into text nodes and <mark>s. */
	function decodeEntities(s) {
		return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g,
		    function (m, e) {
			if (e === 'amp') return '&';
			if (e === 'lt') return '<';
			if (e === 'gt') return '>';
			if (e === 'quot') return '"';
			if (e === 'apos') return '\'';
			var cp = e[1] === 'x' ? parseInt(e.slice(2), 16) :
			    parseInt(e.slice(1), 10);
			try {
				return String.fromCodePoint(cp);
			} catch (err) {
				return '\ufffd';
			}
		});
	}

	function snippetNodes(parent, html, plain) {
		if (typeof html !== 'string') {
			parent.appendChild(document.createTextNode(plain || ''));
			return;
		}
		var parts = html.split(/(<mark>|<\/mark>)/), inMark = false;
		for (var i = 0; i < parts.length; i++) {
			if (parts[i] === '<mark>') {
				inMark = true;
			} else if (parts[i] === '</mark>') {
				inMark = false;
			} else if (parts[i] !== '') {
				var t = decodeEntities(parts[i]);
				parent.appendChild(inMark ? el('mark', '', t) :
				    document.createTextNode(t));
			}
		}
	}

	function safeUrl(u) {
		return typeof u === 'string' && /^https?:\/\//i.test(u) ? u :
		    null;
	}

	/* ---- State and the URL ---- */

	function readState(search) {
		var p = new URLSearchParams(search), s = {};
		s.q = p.get('q') || '';
		s.sort = p.get('sort') || '';
		s.page = posInt(p.get('page'), 1);
		FILTERS.forEach(function (f) { s[f] = p.get(f) || ''; });
		return s;
	}

	function toParams(s) {
		var p = new URLSearchParams();
		if (s.q)
			p.set('q', s.q);
		FILTERS.forEach(function (f) {
			if (s[f])
				p.set(f, s[f]);
		});
		if (s.sort)
			p.set('sort', s.sort);
		if (s.page > 1)
			p.set('page', String(s.page));
		return p;
	}

	function hasFilter(s) {
		return FILTERS.some(function (f) { return s[f] !== ''; });
	}

	function copyState(changes) {
		var s = {};
		Object.keys(state).forEach(function (k) { s[k] = state[k]; });
		Object.keys(changes).forEach(function (k) { s[k] = changes[k]; });
		return s;
	}

	/* Moves to state s, as a new history entry when push is set. */
	function go(s, push) {
		state = s;
		var p = toParams(s).toString();
		var url = location.pathname + (p ? '?' + p : '');
		if (push)
			history.pushState(null, '', url);
		else
			history.replaceState(null, '', url);
		syncForm();
		search();
	}

	function syncForm() {
		q.value = state.q;
		from.value = /^\d{4}-\d{2}-\d{2}$/.test(state.from) ?
		    state.from : '';
		to.value = /^\d{4}-\d{2}-\d{2}$/.test(state.to) ? state.to : '';
		sort.value = state.sort;
		document.title = state.q ? state.q + ' \u2013 council minutes' :
		    'Search council minutes';
	}

	/* ---- Searching ---- */

	function showNotice(text, isError) {
		notice.textContent = text;
		notice.className = isError ? 'notice error' : 'notice';
		notice.hidden = !text;
	}

	function clearResults() {
		hitsEl.textContent = '';
		facetsEl.textContent = '';
		chart.textContent = '';
		years.hidden = true;
		pager.hidden = true;
	}

	function search() {
		drawActive();
		if (!state.q && !hasFilter(state)) {
			clearResults();
			showNotice('');
			statusEl.textContent = 'Type words to search the minutes.';
			return;
		}
		var p = toParams(state);
		p.delete('page');
		p.set('limit', String(PAGE));
		p.set('offset', String((state.page - 1) * PAGE));
		p.set('facets', FACETS.join(','));
		p.set('facet_limit', '60');
		p.set('lenient', '1');
		if (searchCtl)
			searchCtl.abort();
		searchCtl = new AbortController();
		var ctl = searchCtl;
		statusEl.textContent = 'Searching\u2026';
		hitsEl.setAttribute('aria-busy', 'true');
		fetch('/api/search?' + p.toString(), {
			signal: ctl.signal,
			headers: { Accept: 'application/json' }
		}).then(function (res) {
			return res.json().then(function (data) {
				return { ok: res.ok, status: res.status, data: data };
			}, function () {
				return { ok: false, status: res.status, data: null };
			});
		}).then(function (r) {
			if (ctl !== searchCtl)
				return;
			hitsEl.removeAttribute('aria-busy');
			if (!r.ok) {
				clearResults();
				statusEl.textContent = 'No results.';
				showNotice(r.data && r.data.error ?
				    r.data.error : 'The search failed (' +
				    r.status + ').', true);
				return;
			}
			draw(r.data);
		}).catch(function (err) {
			if (err && err.name === 'AbortError')
				return;
			hitsEl.removeAttribute('aria-busy');
			statusEl.textContent = 'No results.';
			showNotice('The search service did not answer.', true);
		});
	}

	/* ---- Drawing ---- */

	function draw(data) {
		var total = data.total || 0, hits = data.hits || [];
		var msg = total === 0 ? 'No results' :
		    (data.total_exact ? '' : 'About ') +
		    plural(total, 'result', 'results');
		if (state.q)
			msg += ' for \u201c' + state.q + '\u201d';
		if (total > 0 && state.page > 1)
			msg += ', page ' + state.page;
		statusEl.textContent = msg + '.';
		showNotice('');
		if (data.warning) {
			showNotice('Your query could not be read as written, so ' +
			    'its words were searched instead.');
		}
		if (data.suggestion)
			drawSuggestion(data.suggestion);

		hitsEl.textContent = '';
		hits.forEach(function (h) { hitsEl.appendChild(drawHit(h)); });
		drawFacets(data.facets || {});
		drawPager(total);
	}

	function drawSuggestion(text) {
		var b = el('button', 'plain', text);
		b.type = 'button';
		b.addEventListener('click', function () {
			go(copyState({ q: text, page: 1 }), true);
		});
		notice.textContent = 'Did you mean ';
		notice.appendChild(b);
		notice.appendChild(document.createTextNode('?'));
		notice.className = 'notice';
		notice.hidden = false;
	}

	function drawHit(h) {
		var li = el('li', 'hit');
		var title = el('h3');
		var href = safeUrl(h.url);
		var t = h.title || h.id || '(untitled)';
		if (href) {
			var a = el('a', '', t);
			a.href = href;
			a.rel = 'noopener noreferrer';
			title.appendChild(a);
		} else {
			title.textContent = t;
		}
		li.appendChild(title);

		var meta = [h.council, h.committee].filter(Boolean);
		var m = el('p', 'meta', meta.join(' \u00b7 '));
		if (h.date) {
			var time = el('time', '', h.date);
			time.dateTime = h.date;
			if (meta.length)
				m.appendChild(document.createTextNode(' \u00b7 '));
			m.appendChild(time);
		}
		li.appendChild(m);

		var match = h.match || {};
		var p = el('p', 'match');
		var sec = match.section || (h.type !== 'item' ? h.type : null);
		if (sec) {
			var label = SECTION_NAMES[sec] || sec;
			if (match.speaker)
				label += ' \u2013 ' + match.speaker;
			p.appendChild(el('span', 'label', label));
		}
		snippetNodes(p, h.snippet_html, h.snippet);
		li.appendChild(p);

		var res = (h.resolutions || []).filter(function (r) {
			return r && r.text;
		});
		if (res.length) {
			var ul = el('ul', 'resolutions');
			ul.setAttribute('aria-label', 'Resolved');
			res.slice(0, 3).forEach(function (r) {
				var rl = el('li');
				rl.appendChild(el('span', 'label', 'Resolved'));
				rl.appendChild(document.createTextNode(r.text));
				if (r.outcome)
					rl.appendChild(el('span', 'outcome', r.outcome));
				ul.appendChild(rl);
			});
			li.appendChild(ul);
		}

		var rel = (h.related || []).filter(function (r) {
			return r && r.id;
		});
		if (rel.length)
			li.appendChild(drawRelated(rel));

		var id = h.type === 'item' ? h.id : (h.item_id || h.id);
		if (id) {
			var b = el('button', 'plain', 'Show the whole item');
			b.type = 'button';
			b.setAttribute('aria-expanded', 'false');
			b.addEventListener('click', function () {
				toggleItem(li, b, id);
			});
			li.appendChild(b);
		}
		return li;
	}

	/* The search for a reference number: the items citing it. */
	function refQuery(ref) {
		return 'ref:' + (/[\s"]/.test(ref) ? '"' + ref.replace(/"/g, '') +
		    '"' : ref);
	}

	/*
	 * Items sharing a reference number with a hit: each a link that
	 * searches the number, newest first, so the issue can be followed
	 * from meeting to meeting.
	 */
	function drawRelated(rel) {
		var box = el('div', 'related');
		var h = el('p', 'label', 'Related items');
		box.appendChild(h);
		var ul = el('ul');
		ul.setAttribute('aria-label', 'Related items');
		rel.forEach(function (r) {
			var refs = (r.refs || []).filter(function (x) {
				return typeof x === 'string' && x;
			});
			var rl = el('li');
			var s = refs.length ? { q: refQuery(refs[0]), sort: '-date',
			    page: 1 } : { q: r.title || r.id, page: 1 };
			FILTERS.forEach(function (f) { s[f] = ''; });
			var a = el('a', '', r.title || r.id);
			a.href = '/?' + toParams(s).toString();
			a.dataset.id = r.id;
			a.addEventListener('click', function (e) {
				if (e.button !== 0 || e.ctrlKey || e.metaKey ||
				    e.shiftKey || e.altKey)
					return;
				e.preventDefault();
				go(s, true);
				$('results').focus();
			});
			rl.appendChild(a);
			if (r.date) {
				var t = el('time', '', r.date);
				t.dateTime = r.date;
				rl.appendChild(document.createTextNode(' \u00b7 '));
				rl.appendChild(t);
			}
			if (refs.length)
				rl.appendChild(el('span', 'refs', 'ref. ' +
				    refs.join(', ')));
			ul.appendChild(rl);
		});
		box.appendChild(ul);
		return box;
	}

	function toggleItem(li, button, id) {
		var box = li.querySelector('.item');
		if (box) {
			box.remove();
			button.setAttribute('aria-expanded', 'false');
			button.textContent = 'Show the whole item';
			return;
		}
		box = el('div', 'item');
		box.setAttribute('aria-live', 'polite');
		box.textContent = 'Loading\u2026';
		li.appendChild(box);
		button.setAttribute('aria-expanded', 'true');
		button.textContent = 'Hide the whole item';
		fetch('/api/item/' + encodeURIComponent(id)).then(function (res) {
			return res.json().then(function (d) {
				return { ok: res.ok, data: d };
			});
		}).then(function (r) {
			box.textContent = '';
			if (!r.ok) {
				box.textContent = (r.data && r.data.error) ||
				    'The item could not be loaded.';
				return;
			}
			var secs = r.data.sections || [];
			if (!secs.length && r.data.text)
				secs = [{ type: r.data.type, text: r.data.text,
				    speaker: r.data.speaker }];
			secs.forEach(function (s) {
				if (!s || !s.text)
					return;
				var label = SECTION_NAMES[s.type] || s.type || '';
				if (s.speaker)
					label += ' \u2013 ' + s.speaker;
				box.appendChild(el('h4', '', label));
				box.appendChild(el('p', '', s.text));
			});
		}).catch(function () {
			box.textContent = 'The item could not be loaded.';
		});
	}

	function toggleFilter(name, value) {
		var v = String(value);
		var changes = { page: 1 };
		changes[name] = state[name] === v ? '' : v;
		go(copyState(changes), true);
	}

	function drawFacets(facets) {
		facetsEl.textContent = '';
		FACETS.forEach(function (name) {
			var values = facets[name] || [];
			if (name === 'year') {
				drawChart(values);
				return;
			}
			if (!values.length)
				return;
			var sec = el('section', 'facet');
			var h = el('h2', '', FACET_TITLES[name]);
			h.id = 'facet-' + name;
			sec.appendChild(h);
			var ul = el('ul');
			ul.setAttribute('aria-labelledby', h.id);
			var shown = expanded[name] ? values :
			    values.slice(0, FACET_SHOWN);
			shown.forEach(function (f) {
				var li = el('li');
				var b = el('button');
				b.type = 'button';
				b.dataset.facet = name;
				b.dataset.value = f.value;
				b.setAttribute('aria-pressed',
				    state[name] === String(f.value) ? 'true' :
				    'false');
				b.appendChild(el('span', 'value', f.value));
				b.appendChild(el('span', 'count', f.count));
				b.addEventListener('click', function () {
					toggleFilter(name, f.value);
				});
				li.appendChild(b);
				ul.appendChild(li);
			});
			sec.appendChild(ul);
			if (values.length > FACET_SHOWN) {
				var more = el('button', 'more', expanded[name] ?
				    'Show fewer' : 'Show all ' + values.length);
				more.type = 'button';
				more.addEventListener('click', function () {
					expanded[name] = !expanded[name];
					drawFacets(facets);
				});
				sec.appendChild(more);
			}
			facetsEl.appendChild(sec);
		});
	}

	function drawChart(values) {
		chart.textContent = '';
		var ys = values.filter(function (v) {
			return /^\d{4}$/.test(String(v.value));
		}).sort(function (a, b) {
			return a.value < b.value ? -1 : 1;
		});
		years.hidden = ys.length === 0;
		if (!ys.length)
			return;
		var max = Math.max.apply(null, ys.map(function (v) {
			return v.count;
		}));
		/* At most about eight labels, however many years. */
		var every = Math.ceil(ys.length / 8);
		ys.forEach(function (v, k) {
			var li = el('li');
			var b = el('button');
			b.type = 'button';
			b.dataset.facet = 'year';
			b.dataset.value = v.value;
			b.setAttribute('aria-label', v.value + ': ' +
			    plural(v.count, 'match', 'matches'));
			b.setAttribute('aria-pressed', state.year ===
			    String(v.value) ? 'true' : 'false');
			b.title = v.value + ': ' + v.count;
			b.style.height = Math.max(2, Math.round(100 * v.count /
			    max)) + '%';
			b.addEventListener('click', function () {
				toggleFilter('year', v.value);
			});
			li.appendChild(b);
			if (k % every === 0)
				li.appendChild(el('span', 'yr', "'" +
				    String(v.value).slice(2)));
			chart.appendChild(li);
		});
	}

	function drawActive() {
		active.textContent = '';
		FILTERS.forEach(function (f) {
			if (!state[f])
				return;
			var name = FACET_TITLES[f] || (f === 'from' ? 'From' :
			    'To');
			var b = el('button', 'plain', name + ': ' + state[f] +
			    ' \u2715');
			b.type = 'button';
			b.setAttribute('aria-label', 'Remove the filter ' +
			    name + ' ' + state[f]);
			b.addEventListener('click', function () {
				var c = { page: 1 };
				c[f] = '';
				go(copyState(c), true);
			});
			active.appendChild(b);
		});
	}

	function drawPager(total) {
		var pages = Math.ceil(total / PAGE);
		pager.hidden = pages <= 1;
		$('pageinfo').textContent = 'Page ' + state.page + ' of ' +
		    Math.max(pages, 1);
		$('prev').disabled = state.page <= 1;
		$('next').disabled = state.page >= pages;
	}

	function turnPage(delta) {
		go(copyState({ page: Math.max(1, state.page + delta) }), true);
		$('results').focus();
	}

	/* ---- Suggestions (a combobox with a list box) ---- */

	function closeSuggestions() {
		list.hidden = true;
		list.textContent = '';
		q.setAttribute('aria-expanded', 'false');
		q.removeAttribute('aria-activedescendant');
	}

	function pick(text) {
		q.value = text + ' ';
		closeSuggestions();
		q.focus();
	}

	function suggest() {
		var text = q.value;
		if (suggestCtl)
			suggestCtl.abort();
		if (!/[0-9A-Za-z\u00c0-\uffff]$/.test(text)) {
			closeSuggestions();
			return;
		}
		suggestCtl = new AbortController();
		var ctl = suggestCtl;
		fetch('/api/suggest?q=' + encodeURIComponent(text), {
			signal: ctl.signal
		}).then(function (res) {
			return res.ok ? res.json() : null;
		}).then(function (d) {
			if (ctl !== suggestCtl || q.value !== text)
				return;
			list.textContent = '';
			var s = d && d.suggestions ? d.suggestions : [];
			if (!s.length) {
				closeSuggestions();
				return;
			}
			s.forEach(function (x, i) {
				var li = el('li', '', x.text);
				li.id = 'sugg-' + i;
				li.setAttribute('role', 'option');
				li.setAttribute('aria-selected', 'false');
				li.addEventListener('mousedown', function (e) {
					e.preventDefault();
					pick(x.text);
				});
				list.appendChild(li);
			});
			list.hidden = false;
			q.setAttribute('aria-expanded', 'true');
		}).catch(function () { /* suggestions are optional */ });
	}

	function moveSelection(delta) {
		var items = list.querySelectorAll('li');
		if (list.hidden || !items.length)
			return false;
		var cur = -1;
		items.forEach(function (li, i) {
			if (li.getAttribute('aria-selected') === 'true')
				cur = i;
		});
		/* Positions -1 (the box itself) to length - 1, wrapping. */
		var next = (cur + 1 + delta + items.length + 1) %
		    (items.length + 1) - 1;
		items.forEach(function (li, i) {
			li.setAttribute('aria-selected', i === next ?
			    'true' : 'false');
		});
		if (next >= 0)
			q.setAttribute('aria-activedescendant', items[next].id);
		else
			q.removeAttribute('aria-activedescendant');
		return true;
	}

	q.addEventListener('input', function () {
		clearTimeout(suggestTimer);
		suggestTimer = setTimeout(suggest, 120);
	});
	q.addEventListener('keydown', function (e) {
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			if (moveSelection(e.key === 'ArrowDown' ? 1 : -1))
				e.preventDefault();
		} else if (e.key === 'Escape') {
			closeSuggestions();
		} else if (e.key === 'Enter') {
			var sel = list.querySelector('[aria-selected="true"]');
			if (!list.hidden && sel) {
				e.preventDefault();
				pick(sel.textContent);
			}
		}
	});
	q.addEventListener('blur', function () {
		setTimeout(closeSuggestions, 100);
	});

	/* ---- Wiring ---- */

	form.addEventListener('submit', function (e) {
		e.preventDefault();
		closeSuggestions();
		go(copyState({
			q: q.value.trim(), from: from.value, to: to.value,
			sort: sort.value, page: 1
		}), true);
	});
	[from, to, sort].forEach(function (input) {
		input.addEventListener('change', function () {
			var c = { page: 1 };
			c[input.id] = input.value;
			go(copyState(c), true);
		});
	});
	$('prev').addEventListener('click', function () { turnPage(-1); });
	$('next').addEventListener('click', function () { turnPage(1); });
	window.addEventListener('popstate', function () {
		state = readState(location.search);
		syncForm();
		search();
	});
	if (window.matchMedia && window.matchMedia('(min-width: 48rem)').matches)
		filters.open = true;

	syncForm();
	search();
	if (!state.q)
		q.focus();
})();

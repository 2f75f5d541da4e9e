// StepFlow report script. Execution data is untrusted: it is read from an inert JSON block and only ever
// written with textContent, never as markup.
(function () {
  'use strict';
  var PAGE_SIZE = 10;
  var MAX_FAILED_ITEMS = 100;
  var data = JSON.parse(document.getElementById('sf-data').textContent);
  var panel = document.getElementById('sf-panel');
  var canvas = document.getElementById('sf-canvas');
  var svg = canvas.querySelector('svg');
  var states = {};
  data.states.forEach(function (s) { states[s.id] = s; });
  var selected = null;
  var outcomeText = {
    notreached: 'not reached', succeeded: 'succeeded', retried: 'succeeded after retries',
    caught: 'failed, caught', failed: 'failed', unfinished: 'unfinished'
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function pretty(text) {
    try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; }
  }

  function seconds(ms) {
    if (ms === undefined) { return '?'; }
    return (ms / 1000).toFixed(3) + ' s';
  }

  function pill(outcome) {
    return el('span', 'sf-pill sf-pill-' + outcome, outcomeText[outcome] || outcome);
  }

  function payload(parent, title, text) {
    if (text === undefined) { return; }
    parent.appendChild(el('h3', null, title));
    parent.appendChild(el('pre', null, pretty(text)));
  }

  function errorLines(parent, error, cause) {
    if (error !== undefined) { parent.appendChild(el('p', 'sf-errorline', 'Error: ' + error)); }
    if (cause !== undefined) { parent.appendChild(el('pre', 'sf-cause-text', pretty(cause))); }
  }

  function attemptsTable(run) {
    var table = el('table', 'sf-attempts');
    var head = el('tr');
    ['#', 'started', 'took', 'waited before', 'result'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    table.appendChild(head);
    run.attempts.forEach(function (a, i) {
      var row = el('tr');
      row.appendChild(el('td', null, i + 1));
      row.appendChild(el('td', null, a.started === undefined ? '?' : '+' + seconds(a.started)));
      row.appendChild(el('td', null, a.started !== undefined && a.ended !== undefined ? seconds(a.ended - a.started) : '?'));
      row.appendChild(el('td', null, a.delayMs === undefined ? '' : seconds(a.delayMs)));
      var result = el('td', a.failed ? 'sf-errorline' : null, a.failed ? (a.error || 'failed') : (a.ended === undefined ? 'running' : 'ok'));
      row.appendChild(result);
      table.appendChild(row);
      if (a.failed && a.cause !== undefined) {
        var causeRow = el('tr');
        var cell = el('td');
        cell.colSpan = 5;
        cell.appendChild(el('pre', null, pretty(a.cause)));
        causeRow.appendChild(cell);
        table.appendChild(causeRow);
      }
    });
    return table;
  }

  function mapSummary(parent, runs) {
    runs.forEach(function (run, n) {
      if (!run.map) { return; }
      var m = run.map;
      parent.appendChild(el('h3', null, runs.length > 1 ? 'Iterations (run ' + (n + 1) + ')' : 'Iterations'));
      var table = el('table', 'sf-iterations');
      [['items', m.length], ['started', m.started], ['succeeded', m.succeeded], ['failed', m.failed], ['aborted', m.aborted]].forEach(function (pair) {
        if (pair[1] === undefined) { return; }
        var row = el('tr');
        row.appendChild(el('th', null, pair[0]));
        row.appendChild(el('td', null, pair[1].toLocaleString('en-US')));
        table.appendChild(row);
      });
      parent.appendChild(table);
      if (m.failedItems.length > 0) {
        parent.appendChild(el('h3', null, 'Failed items'));
        var list = el('table', 'sf-failed-items');
        var head = el('tr');
        ['item', 'state', 'error', 'cause'].forEach(function (h) { head.appendChild(el('th', null, h)); });
        list.appendChild(head);
        m.failedItems.slice(0, MAX_FAILED_ITEMS).forEach(function (item) {
          var row = el('tr');
          row.appendChild(el('td', null, item.index));
          row.appendChild(el('td', null, item.state || ''));
          row.appendChild(el('td', 'sf-errorline', item.error || ''));
          row.appendChild(el('td', null, item.cause || ''));
          list.appendChild(row);
        });
        parent.appendChild(list);
        if (m.failedItems.length > MAX_FAILED_ITEMS) {
          parent.appendChild(el('p', 'sf-meta', (m.failedItems.length - MAX_FAILED_ITEMS) + ' more failed items not listed'));
        }
      }
    });
  }

  function runView(run, number, open) {
    var box = el('details', 'sf-run sf-run-' + run.outcome);
    box.open = open;
    var summary = el('summary', null, 'Run ' + number + ' ');
    summary.appendChild(pill(run.outcome));
    if (run.at) { summary.appendChild(el('span', 'sf-meta', ' ' + run.at)); }
    box.appendChild(summary);
    var timing = 'entered +' + seconds(run.entered);
    if (run.exited !== undefined) { timing += ', exited +' + seconds(run.exited) + ', took ' + seconds(run.exited - run.entered); }
    box.appendChild(el('p', 'sf-meta', timing));
    errorLines(box, run.error, run.cause);
    if (run.attempts && run.attempts.length > 0) {
      box.appendChild(el('h3', null, run.attempts.length > 1 ? 'Attempts (' + (run.attempts.length - 1) + ' retries)' : 'Attempt'));
      box.appendChild(attemptsTable(run));
    }

    payload(box, 'Input', run.input);
    payload(box, 'Output', run.output);
    return box;
  }

  function runsView(parent, state) {
    var onlyProblems = false;
    var page = 0;
    var holder = el('div');
    var controls = el('div', 'sf-pager');
    if (state.runs.length > 1) {
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.addEventListener('change', function () { onlyProblems = box.checked; page = 0; draw(); });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' only failed, caught or retried'));
      parent.appendChild(label);
    }

    parent.appendChild(controls);
    parent.appendChild(holder);
    function draw() {
      var runs = [];
      state.runs.forEach(function (r, i) {
        if (!onlyProblems || r.outcome !== 'succeeded') { runs.push({ run: r, number: i + 1 }); }
      });
      var pages = Math.max(1, Math.ceil(runs.length / PAGE_SIZE));
      page = Math.min(page, pages - 1);
      controls.replaceChildren();
      if (pages > 1) {
        var previous = el('button', null, '\u2039 previous');
        previous.type = 'button';
        previous.disabled = page === 0;
        previous.addEventListener('click', function () { page -= 1; draw(); });
        var next = el('button', null, 'next \u203a');
        next.type = 'button';
        next.disabled = page >= pages - 1;
        next.addEventListener('click', function () { page += 1; draw(); });
        controls.appendChild(previous);
        controls.appendChild(el('span', null, 'page ' + (page + 1) + ' of ' + pages + ' (' + runs.length.toLocaleString('en-US') + ' runs)'));
        controls.appendChild(next);
      }

      holder.replaceChildren();
      runs.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).forEach(function (item) {
        holder.appendChild(runView(item.run, item.number, runs.length === 1 || item.run.outcome === 'failed' || item.run.outcome === 'caught'));
      });
    }

    draw();
  }

  function render(state) {
    panel.replaceChildren();
    panel.appendChild(el('h2', null, state.name));
    panel.appendChild(el('p', 'sf-meta', state.type + ' \u00b7 ' + state.language + ' \u00b7 ' + state.path));
    if (data.mode === 'execution') {
      var status = el('p', 'sf-outcome');
      status.appendChild(pill(state.outcome));
      status.appendChild(el('span', 'sf-meta', ' ' + state.runs.length.toLocaleString('en-US') + (state.runs.length === 1 ? ' run' : ' runs')));
      panel.appendChild(status);
      if (state.runs.length === 0) {
        panel.appendChild(el('p', 'sf-hint', 'The execution did not reach this state.'));
      } else {
        mapSummary(panel, state.runs);
        runsView(panel, state);
      }
    }

    var definition = el('details', 'sf-definition');
    definition.open = data.mode === 'diagram';
    definition.appendChild(el('summary', null, 'Definition'));
    definition.appendChild(el('pre', null, state.definition));
    panel.appendChild(definition);
  }

  function select(id) {
    var state = states[id];
    if (!state) { return; }
    if (selected) { selected.classList.remove('sf-selected'); }
    selected = svg.querySelector('[data-state="' + Number(id) + '"]');
    if (selected) { selected.classList.add('sf-selected'); }
    render(state);
  }

  function stateIdOf(target) {
    var node = target && target.closest ? target.closest('[data-state]') : null;
    return node ? node.getAttribute('data-state') : null;
  }

  svg.addEventListener('click', function (event) {
    var id = stateIdOf(event.target);
    if (id !== null) {
      // The innermost state wins: a click inside a Map's processor selects the nested state, not the Map.
      event.stopPropagation();
      select(id);
    }
  });
  svg.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') { return; }
    var id = stateIdOf(event.target);
    if (id !== null) { event.preventDefault(); select(id); }
  });
  document.querySelectorAll('[data-select]').forEach(function (button) {
    button.addEventListener('click', function () { select(button.getAttribute('data-select')); });
  });

  var baseWidth = svg.width.baseVal.value;
  var baseHeight = svg.height.baseVal.value;
  var zoom = 1;
  canvas.querySelectorAll('[data-zoom]').forEach(function (button) {
    button.addEventListener('click', function () {
      var how = button.getAttribute('data-zoom');
      zoom = how === 'in' ? Math.min(zoom * 1.25, 4) : how === 'out' ? Math.max(zoom / 1.25, 0.2) : 1;
      svg.setAttribute('width', String(Math.round(baseWidth * zoom)));
      svg.setAttribute('height', String(Math.round(baseHeight * zoom)));
    });
  });

  window.stepflowReport = { select: select, readyAt: performance.now() };
  document.documentElement.setAttribute('data-ready', 'true');
})();

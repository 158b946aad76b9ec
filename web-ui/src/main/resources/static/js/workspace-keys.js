// Keyboard shortcuts for the agent workspace. Pages work fully without them.
//   /  focus the search box      g then m/u/b/o/a  go to a ticket view
//   j / k  next / previous ticket in a list, Enter opens it
//   r  focus the reply box       n  new ticket
(function () {
  'use strict';
  var views = { m: 'MINE', u: 'UNASSIGNED', b: 'BREACHING', o: 'OPEN', a: 'ALL' };
  var pendingG = false;
  var row = -1;

  function typing(target) {
    var tag = target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
  }

  function moveRow(step) {
    var links = document.querySelectorAll('table.tickets tbody tr td:first-child a');
    if (links.length === 0) { return; }
    row = Math.max(0, Math.min(links.length - 1, row + step));
    links[row].focus();
  }

  function focus(id) {
    var element = document.getElementById(id);
    if (element) { element.focus(); return true; }
    return false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    if (pendingG) {
      pendingG = false;
      if (views[event.key]) { window.location.href = '/tickets?view=' + views[event.key]; }
      return;
    }
    switch (event.key) {
      case 'g': pendingG = true; break;
      case '/': if (focus('top-q')) { event.preventDefault(); } break;
      case 'j': moveRow(1); break;
      case 'k': moveRow(-1); break;
      case 'r': if (focus('reply-body')) { event.preventDefault(); } break;
      case 'n': window.location.href = '/tickets/new'; break;
      default: break;
    }
  });
}());

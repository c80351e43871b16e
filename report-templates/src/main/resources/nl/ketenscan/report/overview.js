// The chain overview, sortable and filterable: a progressive enhancement of a table that works and
// reads without it. It reads only the table's own cells and the texts the report put in data
// attributes, and writes text with textContent only, so nothing from a crawled page can run.
(function () {
  'use strict';

  function cellValue(row, column) {
    var cell = row.cells[column];
    var sortValue = cell.getAttribute('data-sort');
    var text = sortValue !== null ? sortValue : cell.textContent.trim();
    var number = Number(text);
    return text !== '' && !isNaN(number) ? number : text;
  }

  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
      return a - b;
    }
    return String(a).localeCompare(String(b), document.documentElement.lang || undefined, {numeric: true});
  }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, index) {
      return values[Number(index)];
    });
  }

  function enhance(table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var status = document.createElement('p');
    status.className = 'table-status';
    status.setAttribute('role', 'status');

    var filter = document.createElement('div');
    filter.className = 'table-filter';
    var label = document.createElement('label');
    var input = document.createElement('input');
    input.type = 'search';
    input.id = table.id + '-filter';
    input.setAttribute('autocomplete', 'off');
    label.htmlFor = input.id;
    label.textContent = table.getAttribute('data-filter-label');
    filter.appendChild(label);
    filter.appendChild(input);
    table.parentNode.insertBefore(filter, table);
    table.parentNode.insertBefore(status, table.nextSibling);

    input.addEventListener('input', function () {
      var wanted = input.value.trim().toLocaleLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var match = wanted === '' || row.cells[0].textContent.toLocaleLowerCase().indexOf(wanted) >= 0
            || row.cells[1].textContent.toLocaleLowerCase().indexOf(wanted) >= 0;
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      status.textContent = format(table.getAttribute('data-filter-status'), [shown, rows.length]);
    });

    headers.forEach(function (header, column) {
      var button = document.createElement('button');
      button.type = 'button';
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      var arrow = document.createElement('span');
      arrow.className = 'sort-arrow';
      arrow.setAttribute('aria-hidden', 'true');
      button.appendChild(arrow);
      header.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) {
          other.removeAttribute('aria-sort');
        });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        rows.sort(function (a, b) {
          var order = compare(cellValue(a, column), cellValue(b, column));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
        status.textContent = format(table.getAttribute(ascending ? 'data-sorted-ascending' : 'data-sorted-descending'),
            [button.textContent.trim()]);
      });
    });
    table.classList.add('enhanced');
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), enhance);
})();

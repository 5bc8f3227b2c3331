// The Amazon orders grid's first page and status counts asked for while the panel's scripts still load:
// opened on the grid, the page would otherwise send them only once React has started (hundreds of ms
// later). The panel's httpClient takes an answer from here when it asks for the very same URL (the list
// parameters are worked out as react-admin does: the URL's query, else the stored ones, else the grid's
// defaults); any other answer, or an error, and it asks the API itself. A plain script, run before the
// panel's modules; it only reads.
(function () {
  var match = /^#\/amazon-orders\/?(?:\?(.*))?$/.exec(window.location.hash);
  if (!match || typeof fetch !== 'function' || typeof URLSearchParams !== 'function') return;
  var params = {};
  try {
    if (match[1]) {
      var query = new URLSearchParams(match[1]);
      query.forEach(function (value, key) {
        params[key] = key === 'filter' ? JSON.parse(value) : value;
      });
    } else {
      var stored = JSON.parse(window.localStorage.getItem('RaStore.amazon-orders.listParams') || 'null');
      if (stored && typeof stored === 'object') params = stored;
    }
  } catch {
    return; // unreadable parameters: react-admin will make sense of them, or not; nothing to start here
  }
  var filter = params.filter && typeof params.filter === 'object' ? params.filter : {};
  var sort = params.sort || 'purchase_date';
  var order = params.sort ? params.order || 'ASC' : 'DESC';
  var page = Number(params.page) > 0 ? Number(params.page) : 1;
  var perPage = Number(params.perPage) > 0 ? Number(params.perPage) : 25;
  var others = {};
  Object.keys(filter).forEach(function (key) {
    if (key !== 'status') others[key] = filter[key];
  });
  var list = new URLSearchParams({
    sort: JSON.stringify([sort, order]),
    range: JSON.stringify([(page - 1) * perPage, page * perPage - 1]),
    filter: JSON.stringify(filter),
  });
  var counts = new URLSearchParams({ filter: JSON.stringify(others) });
  var early = {};
  ['/api/amazon-orders?' + list.toString(), '/api/amazon-orders/status-counts?' + counts.toString()].forEach(
    function (url) {
      early[url] = fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } });
      early[url].catch(function () {}); // taken or not, a failure here is the panel's own request's to report
    },
  );
  window.__orderDeskEarlyFetches = early;
})();

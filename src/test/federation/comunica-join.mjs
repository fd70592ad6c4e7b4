// Federation test with a real third-party client: Comunica joins a local Turtle file
// (watchlist.ttl: priorities per kind of actor) with a running Tigris SPARQL endpoint
// (the actors of those kinds and their names). Comunica decides itself which pattern goes
// to which source and joins the results; a row needs both.
//
//   node comunica-join.mjs SPARQL_ENDPOINT [LOCAL_FILE]
//
// e.g. node comunica-join.mjs http://localhost:3030/kg/sparql
// Exits non-zero unless at least one row joins the two sources.

import { QueryEngine } from '@comunica/query-sparql-file';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const endpoint = process.argv[2];
if (!endpoint) {
  console.error('usage: node comunica-join.mjs SPARQL_ENDPOINT [LOCAL_FILE]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const localFile = path.resolve(process.argv[3] ?? path.join(here, 'watchlist.ttl'));

const query = `
PREFIX watch: <https://analyst.example.net/watchlist#>
PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?priority ?class ?actor ?name WHERE {
  ?class watch:priority ?priority .
  ?actor a ?class ;
         rdfs:label ?name .
}
ORDER BY ?priority ?name
LIMIT 50`;

const engine = new QueryEngine();
const bindings = await engine.queryBindings(query, {
  sources: [{ type: 'file', value: localFile }, { type: 'sparql', value: endpoint }],
});
const rows = await bindings.toArray();
for (const row of rows) {
  console.log(`${row.get('priority').value.padEnd(7)} ${row.get('name').value}  <${row.get('actor').value}>`);
}
const ok = rows.length > 0;
console.log(`federation: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed (${rows.length} joined rows)`);
process.exit(ok ? 0 : 1);

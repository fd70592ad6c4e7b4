// rdf-test-suite engine for the W3C SPARQL 1.1 query-evaluation tests against a running
// Tigris server: each test's data is loaded through the admin's graph store (/kg/data), the
// query goes to the public, read-only /kg/sparql as any client would send it.
//
// Tigris's default graph is the union of the named graphs, so a test's default-graph data
// is stored in a named graph of its own and the query names its dataset with the protocol's
// default-graph-uri / named-graph-uri (unless the query has FROM / FROM NAMED itself, which
// then pick the test's graphs, stored under their own IRIs).
'use strict';
const { Writer } = require('n3');
const streamifyString = require('streamify-string');
const { TestCaseQueryEvaluationHandler } = require('rdf-test-suite/lib/testcase/sparql/TestCaseQueryEvaluation');

const base = process.env.TIGRIS_W3C_BASE; // http://localhost:PORT
const login = process.env.TIGRIS_W3C_LOGIN; // user:password
const DEFAULT_GRAPH = 'urn:tigris:w3c:default';
const NO_GRAPH = 'urn:tigris:w3c:none';

function auth() {
  return { authorization: `Basic ${Buffer.from(login).toString('base64')}` };
}

async function check(response, what) {
  if (!response.ok) {
    throw new Error(`${what}: HTTP ${response.status}: ${await response.text()}`);
  }
}

async function load(data) {
  await check(await fetch(`${base}/kg/update`, {
    method: 'POST', headers: { ...auth(), 'content-type': 'application/sparql-update' }, body: 'DROP ALL',
  }), 'DROP ALL');
  if (data.length === 0) {
    return [];
  }
  const { DataFactory } = require('n3');
  const named = new Set();
  const quads = data.map((q) => {
    if (q.graph.termType === 'DefaultGraph') {
      return DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(DEFAULT_GRAPH));
    }
    named.add(q.graph.value);
    return q;
  });
  const body = new Writer({ format: 'N-Quads' }).quadsToString(quads);
  await check(await fetch(`${base}/kg/data`, {
    method: 'POST', headers: { ...auth(), 'content-type': 'application/n-quads' }, body,
  }), 'loading the test data');
  return [...named];
}

function hasOwnDataset(query) {
  return /\bFROM\s+(NAMED\s+)?</i.test(query);
}

async function send(queryString, options, defaultGraph, namedGraphs) {
  const form = new URLSearchParams();
  form.append('query', options.baseIRI ? `BASE <${options.baseIRI}>\n${queryString}` : queryString);
  if (!hasOwnDataset(queryString)) {
    form.append('default-graph-uri', defaultGraph);
    namedGraphs.forEach(g => form.append('named-graph-uri', g));
  }
  return fetch(`${base}/kg/sparql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/sparql-results+json, application/n-triples;q=0.9',
    },
    body: form.toString(),
  });
}

module.exports = {
  async parse(queryString, options) {
    const response = await send(queryString, options, NO_GRAPH, []);
    const body = await response.text();
    // Only a parse error is a syntax error: a query may also fail when run (SERVICE is off).
    if (response.status === 400 && /Parse error|Lexical error|Encountered/.test(body)) {
      throw new Error(body);
    }
  },
  async query(data, queryString, options) {
    const named = await load(data);
    const response = await send(queryString, options, DEFAULT_GRAPH, named);
    await check(response, 'query');
    const contentType = response.headers.get('content-type') || '';
    const url = contentType.includes('n-triples') ? 'result.nt' : 'result.srj';
    return TestCaseQueryEvaluationHandler.parseQueryResult(contentType, url, streamifyString(await response.text()));
  },
};

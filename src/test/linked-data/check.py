"""Fetches a Tigris entity as linked-data clients do; exits non-zero on the first failure.

curl's view (by hand with urllib): GET on the IRI answers 303 See Other with Vary: Accept and
a Location per syntax; the description names its topic (foaf:primaryTopic) and itself
(Content-Location); a conditional GET with its ETag or Last-Modified answers 304; gzip is
used when asked for (descriptions, pages, the TriG dump, SPARQL results). rdflib's view:
Graph().parse(IRI) follows the redirect and gets the triples about the IRI. Comunica's view:
its Accept header prefers quads, so it gets N-Quads whose graphs are the source documents.
"""
import gzip
import sys
import urllib.error
import urllib.parse
import urllib.request

import rdflib

FOAF_PRIMARY_TOPIC = rdflib.URIRef("http://xmlns.com/foaf/0.1/primaryTopic")
# What Comunica (v4) sends when it dereferences a link.
COMUNICA_ACCEPT = ("application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
                   "application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,"
                   "text/n3;q=0.35,application/xml;q=0.3,text/xml;q=0.3,text/html;q=0.2,"
                   "application/xhtml+xml;q=0.18,application/json;q=0.135")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, headers=None, follow=True):
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect())
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.headers, response.read(), response.url
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read(), url


def check(condition, message):
    if not condition:
        print("linked-data check FAILED: " + message, file=sys.stderr)
        sys.exit(1)
    print("ok   " + message)


def first_iri(server, cls):
    query = "SELECT ?s WHERE { ?s a <https://w3id.org/tigris/ontology#%s> } ORDER BY ?s LIMIT 1" % cls
    status, _, body, _ = fetch(server + "/kg/sparql?" + urllib.parse.urlencode({"query": query}),
                               {"Accept": "text/csv"})
    check(status == 200, "SPARQL finds a %s (%d)" % (cls, status))
    return body.decode("utf-8").splitlines()[1].strip()


def main(server):
    server = server.rstrip("/")
    iri = first_iri(server, "City")
    document = first_iri(server, "Document")
    path = iri[iri.index("/id/"):]
    url = server + path
    print("entity %s, fetched at %s" % (iri, url))

    # curl: 303 per syntax, then the description
    status, headers, _, _ = fetch(url, {"Accept": "text/turtle"}, follow=False)
    check(status == 303, "GET on the thing answers 303 See Other (%d)" % status)
    check("Accept" in ", ".join(headers.get_all("Vary") or []), "the 303 varies with Accept")
    turtle_url = headers["Location"]
    check(turtle_url.endswith("/data" + path[len("/id"):] + ".ttl"), "Turtle is described at " + turtle_url)
    status, headers, _, _ = fetch(url, {"Accept": "text/html"}, follow=False)
    check(status == 303 and "/page/" in headers["Location"], "a browser is sent to the page " + headers["Location"])
    status, headers, body, _ = fetch(turtle_url)
    check(status == 200 and headers["Content-Type"].startswith("text/turtle"), "the description is Turtle")
    check(headers["Content-Location"] == turtle_url, "it names itself in Content-Location")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    check((rdflib.URIRef(turtle_url), FOAF_PRIMARY_TOPIC, rdflib.URIRef(iri)) in graph,
          "it says what it is about (foaf:primaryTopic)")

    # curl: conditional requests
    tag, modified = headers["ETag"], headers["Last-Modified"]
    check(tag is not None and modified is not None, "ETag %s and Last-Modified %s" % (tag, modified))
    check(fetch(turtle_url, {"If-None-Match": tag})[0] == 304, "If-None-Match with the ETag answers 304")
    check(fetch(turtle_url, {"If-Modified-Since": modified})[0] == 304, "If-Modified-Since answers 304")
    check(fetch(turtle_url, {"If-None-Match": '"stale"'})[0] == 200, "another ETag gets the description")

    # curl --compressed
    query = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 500"})
    for target in [turtle_url, server + "/page" + path[len("/id"):], server + "/dump.trig",
                   server + "/kg/sparql?" + query]:
        status, headers, body, _ = fetch(target, {"Accept-Encoding": "gzip"})
        check(status == 200 and headers.get("Content-Encoding") == "gzip",
              "gzip when asked for: %s (%d of %d bytes)" % (target, len(body), len(gzip.decompress(body))))
    compressed_tag = fetch(turtle_url, {"Accept-Encoding": "gzip"})[1]["ETag"]
    check(fetch(turtle_url, {"Accept-Encoding": "gzip", "If-None-Match": compressed_tag})[0] == 304,
          "the compressed copy's ETag validates it too")

    # rdflib
    graph = rdflib.Graph()
    graph.parse(url)
    about = len(list(graph.triples((rdflib.URIRef(iri), None, None))))
    check(about > 0, "rdflib Graph().parse(IRI): %d triples, %d about <%s>" % (len(graph), about, iri))

    # Comunica: quads first
    status, headers, body, final = fetch(url, {"Accept": COMUNICA_ACCEPT})
    check(status == 200 and headers["Content-Type"].startswith("application/n-quads"),
          "a Comunica-style Accept gets N-Quads from " + final)
    dataset = rdflib.Dataset()
    dataset.parse(data=body, format="nquads")
    graphs = {str(g) for _, _, _, g in dataset.quads((rdflib.URIRef(iri), None, None, None))}
    check(len(graphs) > 0 and all("/id/document/" in g for g in graphs),
          "its statements name the documents they come from (%d graphs)" % len(graphs))

    # a document is a named graph: TriG of the document holds its graph
    doc_path = document[document.index("/id/"):]
    status, headers, body, _ = fetch(server + doc_path, {"Accept": "application/trig"})
    dataset = rdflib.Dataset()
    dataset.parse(data=body, format="trig")
    check(status == 200 and len(dataset.graph(rdflib.URIRef(document))) > 0,
          "TriG of a document holds its named graph (%d triples)" % len(dataset.graph(rdflib.URIRef(document))))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: check.py SERVER_URL", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])

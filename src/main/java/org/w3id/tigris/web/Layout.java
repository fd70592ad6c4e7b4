package org.w3id.tigris.web;

/**
 * The frame of every researcher page: a header with search, the page's body, a footer.
 * Self-contained (inline CSS, no scripts, nothing fetched from elsewhere) so it works offline.
 */
final class Layout {
    private static final String CSS = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1f24;background:#fafaf7}
            header{background:#1d3b53;color:#fff;padding:.6em 1.2em;display:flex;gap:1.2em;align-items:center;flex-wrap:wrap}
            header a{color:#fff;text-decoration:none}header a.brand{font-weight:700;font-size:1.15em}
            header form{margin-left:auto}header input{padding:.3em .5em;border:0;border-radius:3px;min-width:16em}
            main{max-width:72em;margin:0 auto;padding:1em 1.2em 3em}
            h1{font-size:1.6em;margin:.4em 0 .2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ccd;padding-bottom:.2em}
            h3{font-size:1.02em;margin:1.2em 0 .3em}
            .kind{color:#566;margin:0 0 1em}.muted{color:#667}code{font-size:.9em;word-break:break-all}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25em 1.2em}dl.facts dt{font-weight:600;color:#345}dl.facts dd{margin:0}
            blockquote.src{margin:.4em 0;padding:.5em .8em;background:#fff;border-left:4px solid #9ab;white-space:pre-wrap}
            blockquote.src .ctx{color:#667}
            .doc{background:#fff;padding:1em 1.2em;border:1px solid #dde;white-space:pre-wrap;line-height:1.7}
            a.m,mark.hit{background:#ffe58a;color:inherit;text-decoration:none;border-bottom:2px solid #d9a400;padding:0 1px}
            a.m:hover{background:#ffd23f}a.m:target{outline:2px solid #d9a400}
            mark.ev{background:#fde2e1;color:inherit;border-bottom:2px solid #d1495b;padding:0 1px}
            mark.cl{background:#dcebfa;color:inherit;border-bottom:2px solid #2f6fb0;padding:0 1px}
            em.ct{font-style:normal;font-weight:600}
            a.ref{font-size:.7em;vertical-align:super;text-decoration:none;color:#2f6fb0;margin-right:.15em}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(20em,1fr));gap:1em}
            .card{background:#fff;border:1px solid #dde;border-radius:4px;padding:.7em .9em}
            .card p{margin:.2em 0}.card .meta{font-size:.88em;color:#566}.via{font-size:.85em;color:#566}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #e4e4ea;vertical-align:top}
            .legend span{margin-right:1em}.counts{display:flex;gap:1.5em;flex-wrap:wrap}.counts div{background:#fff;border:1px solid #dde;padding:.5em 1em;border-radius:4px}
            .counts b{display:block;font-size:1.4em}
            form.big input[type=search]{font-size:1.1em;padding:.4em .6em;width:min(32em,90%)}form.big button{font-size:1.1em;padding:.35em .9em}
            footer{color:#667;font-size:.85em;text-align:center;padding:2em}
            figure.chart{margin:.5em 0 1em}svg.map,svg.timeline{width:100%;height:auto;display:block;background:#fff;border:1px solid #dde}
            svg.map .sea{fill:#e6eef5}svg.map .land{fill:#f3efe4;stroke:#a9a08c;stroke-width:.6;stroke-linejoin:round}
            svg.map circle{stroke:#1b1f24;stroke-width:1;fill-opacity:.85}svg.map a:hover circle{stroke-width:2.5}
            svg.timeline .axis{stroke:#556;stroke-width:1}svg.timeline .tick{stroke:#dde;stroke-width:1}
            svg.timeline text{font-size:11px;fill:#556;text-anchor:middle}svg.timeline a:hover *{stroke:#1b1f24;stroke-width:2}
            .chart-legend span,.facets label{white-space:nowrap;margin-right:.9em}
            .chart-legend i,i.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em;vertical-align:baseline;border:1px solid #445}
            form.facets{display:flex;flex-wrap:wrap;gap:.4em 1em;background:#fff;border:1px solid #dde;padding:.5em .8em;border-radius:4px}
            form.facets fieldset{border:0;padding:0;margin:0}form.facets legend{font-weight:600;color:#345;padding:0}
            form.facets fieldset:first-of-type{flex-basis:100%}form.facets p{flex-basis:100%;margin:.2em 0}
            a.chip{display:inline-block;background:#e3ecf7;border:1px solid #9ab;border-radius:1em;padding:0 .6em;text-decoration:none;color:#1d3b53}
            .export{font-size:.88em;color:#566;text-align:left;caption-side:top;padding:.3em 0}
            """;

    private Layout() {
    }

    static String page(Links links, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                // An empty icon: no favicon request, nothing to fetch at all.
                + "<link rel=\"icon\" href=\"data:,\">"
                + "<title>" + Html.escape(title) + " · Tigris</title><style>" + CSS + "</style></head>"
                + "<body><header><a class=\"brand\" href=\"" + Html.escape(links.path("/tigris"))
                + "\">Tigris</a>"
                + Html.link(links.path("/tigris/documents"), "Documents")
                + Html.link(links.path("/search"), "Search")
                + Html.link(links.path("/.well-known/void"), "VoID")
                + Html.link(links.path("/"), "SPARQL")
                + "<form action=\"" + Html.escape(links.path("/search")) + "\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Search names, claims, texts\" aria-label=\"Search\">"
                + "</form></header><main>" + body + "</main>"
                + "<footer>Tigris knowledge graph · every fact links to the words of its source</footer>"
                + "</body></html>\n";
    }
}

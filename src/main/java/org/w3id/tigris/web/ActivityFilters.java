package org.w3id.tigris.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.TG;

/**
 * The tests an event or claim ({@code ?item}) must pass to be shown: one of the types, and the
 * filters chosen (type, period, place, source, claimant), as query text and the values bound
 * into it, for every query of {@link ActivityQueries}.
 */
final class ActivityFilters {
    /**
     * Whether {@code ?type} is one of the types of events or a claim, tested on its IRI's text.
     * Not {@code ?type IN (tg:Agree, ...)}, nor a VALUES list: ARQ's optimizer turns an IN of
     * IRIs into one branch per type, and moves a VALUES list before the pattern, and either way
     * the scope (every item of Iraq, 14,519 of them at 5,000 documents) was read once per type,
     * seventeen times. A test of text is left where it stands, one lookup per item.
     */
    static final String ALL_TYPES = "FILTER(STR(?type) IN (" + Stream.concat(
                    Arrays.stream(EventType.values()).map(EventType::localName), Stream.of(FacetSelection.CLAIM))
            .map(name -> "\"" + TG.NS + name + "\"").collect(Collectors.joining(", ")) + "))";

    private static final String PERIOD = """
              ?item tg:date ?periodDate .
              BIND(REPLACE(STR(?periodDate), "(Z|[+-][0-9][0-9]:[0-9][0-9])$", "") AS ?periodLexical)
              BIND(IF(STRLEN(?periodLexical) = 4, CONCAT(?periodLexical, "-01-01"),
                   IF(STRLEN(?periodLexical) = 7, CONCAT(?periodLexical, "-01"), ?periodLexical)) AS ?periodStart)
              BIND(IF(STRLEN(?periodLexical) = 4, CONCAT(?periodLexical, "-12-31"),
                   IF(STRLEN(?periodLexical) = 7, CONCAT(?periodLexical, "-31"), ?periodLexical)) AS ?periodEnd)
              FILTER(?periodEnd >= ?periodFrom && ?periodStart <= ?periodTo)
            """;
    private static final String PLACE = """
              FILTER EXISTS {
                { ?item tg:place ?itemPlace . GRAPH <https://w3id.org/tigris/entities> { ?itemPlace tg:locatedIn* ?facetPlace } }
                UNION { ?item tg:about ?facetPlace }
                UNION { ?item tg:about/tg:place ?aboutPlace . GRAPH <https://w3id.org/tigris/entities> { ?aboutPlace tg:locatedIn* ?facetPlace } }
              }
            """;

    private final IriScheme iris;

    ActivityFilters(IriScheme iris) {
        this.iris = iris;
    }

    /** The type test and the chosen filters on {@code ?item} but {@code omitted}. */
    static void append(StringBuilder where, FacetSelection facets, String omitted) {
        boolean typesChosen = !facets.types().isEmpty() && !omitted.equals("type");
        where.append("  ?item a ?type .\n  ").append(typesChosen ? chosenTypes(facets.types().size()) : ALL_TYPES)
                .append('\n');
        if (period(facets, omitted)) {
            where.append(PERIOD);
        }
        if (facets.place().isPresent() && !omitted.equals("place")) {
            where.append(PLACE);
        }
        if (facets.source().isPresent() && !omitted.equals("source")) {
            where.append("  ?item prov:wasDerivedFrom ?facetSource .\n");
        }
        if (facets.claimant().isPresent() && !omitted.equals("claimant")) {
            where.append("  ?item tg:claimant ?facetClaimant .\n");
        }
    }

    private static boolean period(FacetSelection facets, String omitted) {
        return (facets.from().isPresent() || facets.to().isPresent()) && !omitted.equals("year");
    }

    /** Binds the scope and the filter values, each as an RDF term. */
    void bind(ParameterizedSparqlString pss, ActivityScope scope, FacetSelection facets, String omitted) {
        if (scope.kind() == ActivityScope.Kind.SEARCH) {
            pss.setValues("hits", nodes(scope.iris()));
        } else if (!scope.iris().isEmpty()) {
            pss.setIri("scope", scope.iris().get(0));
        }
        if (!facets.types().isEmpty() && !omitted.equals("type")) {
            int i = 0;
            for (String type : facets.types()) {
                pss.setLiteral("chosenType" + i++, TG.NS + type);
            }
        }
        if (period(facets, omitted)) {
            pss.setLiteral("periodFrom", facets.from().map(ActivityFilters::firstDay).orElse("0000-01-01"));
            pss.setLiteral("periodTo", facets.to().map(ActivityFilters::lastDay).orElse("9999-12-31"));
        }
        facets.place().ifPresent(slug -> pss.setIri("facetPlace", iris.entity(slug)));
        facets.source().ifPresent(slug -> pss.setIri("facetSource", iris.base() + "/id/document/" + slug));
        facets.claimant().ifPresent(slug -> pss.setIri("facetClaimant", iris.entity(slug)));
    }

    /** The test of {@link #ALL_TYPES} for the chosen types, each bound as {@code ?chosenTypeN}. */
    private static String chosenTypes(int count) {
        return "FILTER(STR(?type) IN (" + IntStream.range(0, count).mapToObj(i -> "?chosenType" + i)
                .collect(Collectors.joining(", ")) + "))";
    }

    /** "2024" is 2024-01-01, "2024-02" is 2024-02-01. */
    static String firstDay(String period) {
        return period.length() == 4 ? period + "-01-01" : period.length() == 7 ? period + "-01" : period;
    }

    /** "2024" is 2024-12-31, "2024-02" runs to "2024-02-31": later than any day of the month, as strings compare. */
    static String lastDay(String period) {
        return period.length() == 4 ? period + "-12-31" : period.length() == 7 ? period + "-31" : period;
    }

    static List<RDFNode> nodes(List<String> iris) {
        return iris.stream().map(iri -> (RDFNode) ResourceFactory.createResource(iri)).toList();
    }
}

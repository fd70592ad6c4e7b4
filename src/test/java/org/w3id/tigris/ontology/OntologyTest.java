package org.w3id.tigris.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.rdf.TG;
import org.w3id.tigris.recognize.EntityType;

/** ontology/tigris.ttl: complete, documented, and in step with the code's vocabulary. */
class OntologyTest {
    private static final Path ONTOLOGY = Path.of("ontology", "tigris.ttl");
    private static final Resource ONTOLOGY_IRI = ResourceFactory.createResource("https://w3id.org/tigris/ontology");
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String GEO = "http://www.opengis.net/ont/geosparql#";
    private static final String SCHEMA = "https://schema.org/";

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    @Test
    void theOntologyDescribesItself() {
        assertTrue(ontology.contains(ONTOLOGY_IRI, RDF.type, OWL.Ontology));
        for (Property p : List.of(OWL.versionInfo, OWL.versionIRI, RDFS.label, RDFS.comment,
                DCTerms.license, DCTerms.title, DCTerms.modified)) {
            assertTrue(ontology.contains(ONTOLOGY_IRI, p), "ontology header lacks " + p);
        }
    }

    @Test
    void everyTigrisTermHasALabelAndAComment() {
        List<String> undocumented = new ArrayList<>();
        for (Resource term : tigrisTerms()) {
            if (!ontology.contains(term, RDFS.label) || !ontology.contains(term, RDFS.comment)) {
                undocumented.add(term.getLocalName());
            }
        }
        assertTrue(undocumented.isEmpty(), "without rdfs:label or rdfs:comment: " + undocumented);
        assertTrue(tigrisTerms().size() > 50, "expected the whole vocabulary, found " + tigrisTerms().size());
    }

    @Test
    void everyTermTheCodeUsesIsDeclared() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Field f : TG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object value = f.get(null);
            if (value instanceof Property p) {
                checked++;
                if (!declaredAs(p, OWL.ObjectProperty) && !declaredAs(p, OWL.DatatypeProperty)) {
                    missing.add("property tg:" + p.getLocalName());
                }
            } else if (value instanceof Resource r) {
                checked++;
                if (!declaredAs(r, OWL.Class)) {
                    missing.add("class tg:" + r.getLocalName());
                }
            }
        }
        assertTrue(checked > 40, "TG has fewer terms than expected: " + checked);
        assertTrue(missing.isEmpty(), "used in TG.java but not declared in tigris.ttl: " + missing);
    }

    @Test
    void thePloverTypesAreTheSubclassesOfEvent() {
        Set<String> subclasses = ontology.listSubjectsWithProperty(RDFS.subClassOf, TG.Event)
                .mapWith(Resource::getLocalName).toSet();
        Set<String> plover = new TreeSet<>();
        for (EventType t : EventType.values()) {
            plover.add(t.localName());
            Resource c = TG.resource(t.localName());
            assertTrue(declaredAs(c, OWL.Class), "tg:" + t.localName() + " is not a class");
            String comment = ontology.getProperty(c, RDFS.comment).getString();
            assertTrue(comment.startsWith("PLOVER " + t.localName().toUpperCase()),
                    "tg:" + t.localName() + " lacks its PLOVER definition: " + comment);
        }
        assertEquals(16, plover.size());
        assertEquals(plover, new TreeSet<>(subclasses));
    }

    @Test
    void theClassHierarchyAnswersTheContractsQuery() {
        String query = """
                PREFIX tg: <https://w3id.org/tigris/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t rdfs:subClassOf* tg:Event }""";
        try (QueryExecution qe = QueryExecution.model(ontology).query(query).build()) {
            assertEquals(17, qe.execSelect().next().getLiteral("n").getInt());
        }
    }

    @Test
    void theContractsClassHierarchyHolds() {
        assertSubClass(TG.Document, PROV + "Entity", NIF + "Context", SCHEMA + "CreativeWork");
        assertSubClass(TG.Article, SCHEMA + "NewsArticle");
        assertSubClass(TG.ExtractionRun, PROV + "Activity");
        assertSubClass(TG.Mention, NIF + "Phrase");
        assertSubClass(TG.Actor, PROV + "Agent");
        assertSubClass(TG.Person, TG.NS + "Actor", SCHEMA + "Person");
        assertSubClass(TG.Organization, TG.NS + "Actor", SCHEMA + "Organization");
        assertSubClass(TG.ArmedGroup, TG.NS + "Organization");
        assertSubClass(TG.GovernmentBody, TG.NS + "Organization");
        assertSubClass(TG.Location, GEO + "Feature", SCHEMA + "Place");
        assertSubClass(TG.Country, TG.NS + "Actor", TG.NS + "Location");
        assertSubClass(TG.Region, TG.NS + "Location");
        assertSubClass(TG.City, TG.NS + "Location");
        assertSubClass(TG.Facility, TG.NS + "Location");
        assertSubClass(TG.Claim, SCHEMA + "Claim");
    }

    @Test
    void everyEntityTypeIsAnActorOrALocation() {
        for (EntityType t : EntityType.values()) {
            Resource c = TG.resource(t.localName());
            Set<Resource> ancestors = ancestors(c);
            assertEquals(t.isActor(), ancestors.contains(TG.Actor), "tg:" + t.localName() + " as actor");
            assertEquals(t.isLocation(), ancestors.contains(TG.Location), "tg:" + t.localName() + " as location");
        }
    }

    @Test
    void theExternalTermsOfTheContractAreDeclared() {
        List<String> terms = List.of(
                NIF + "Context", NIF + "Phrase", NIF + "isString", NIF + "beginIndex", NIF + "endIndex",
                NIF + "anchorOf", NIF + "referenceContext",
                "http://www.w3.org/2005/11/its/rdf#taIdentRef",
                PROV + "Entity", PROV + "Activity", PROV + "Agent", PROV + "wasDerivedFrom",
                PROV + "wasGeneratedBy", PROV + "startedAtTime",
                DCTerms.source.getURI(), DCTerms.title.getURI(), DCTerms.issued.getURI(),
                DCTerms.publisher.getURI(), DCTerms.creator.getURI(), DCTerms.isPartOf.getURI(),
                "http://www.w3.org/2004/02/skos/core#altLabel",
                GEO + "Feature", GEO + "hasGeometry", GEO + "asWKT", GEO + "wktLiteral");
        List<String> undeclared = terms.stream()
                .filter(t -> !ontology.contains(ResourceFactory.createResource(t), RDF.type))
                .toList();
        assertTrue(undeclared.isEmpty(), "external terms without a declaration: " + undeclared);
    }

    @Test
    void everyTigrisIriTheOntologyMentionsIsDeclared() {
        // catches a misspelt term in a domain, range or superclass
        Set<String> declared = tigrisTerms().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> undeclared = new TreeSet<>();
        for (Statement s : ontology.listStatements().toList()) {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(TG.NS)
                        && !declared.contains(n.asResource().getURI())) {
                    undeclared.add(n.asResource().getURI());
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "used but not declared: " + undeclared);
    }

    @Test
    void everyPropertyHasADomainAndARange() {
        List<String> open = tigrisTerms().stream()
                .filter(r -> declaredAs(r, OWL.ObjectProperty) || declaredAs(r, OWL.DatatypeProperty))
                .filter(r -> !ontology.contains(r, RDFS.domain) || !ontology.contains(r, RDFS.range))
                .map(Resource::getLocalName).toList();
        // tg:iriBase and tg:indexesPending describe the store itself, not a resource of the graph
        assertEquals(List.of("indexesPending", "iriBase"), open);
    }

    private static List<Resource> tigrisTerms() {
        Set<Resource> terms = new java.util.HashSet<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, kind)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(TG.NS))
                    .forEach(terms::add);
        }
        return new ArrayList<>(terms);
    }

    private static boolean declaredAs(Resource term, Resource kind) {
        return ontology.contains(term, RDF.type, kind);
    }

    private static void assertSubClass(Resource c, String... parents) {
        for (String parent : parents) {
            assertTrue(ontology.contains(c, RDFS.subClassOf, ResourceFactory.createResource(parent)),
                    c.getLocalName() + " is not declared a subclass of " + parent);
        }
        assertFalse(ontology.listObjectsOfProperty(c, RDFS.label).toList().isEmpty());
    }

    private static Set<Resource> ancestors(Resource c) {
        Set<Resource> seen = new java.util.HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            ontology.listObjectsOfProperty(r, RDFS.subClassOf)
                    .filterKeep(RDFNode::isURIResource)
                    .mapWith(RDFNode::asResource)
                    .filterKeep(seen::add)
                    .forEach(todo::add);
        }
        return seen;
    }
}

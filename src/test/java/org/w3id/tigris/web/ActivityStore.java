package org.w3id.tigris.web;

import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * A store of many events and claims for comparing bounded page queries with unbounded ones:
 * documents with events and claims of every type, dated to the day, the month, the year or not
 * at all (many on the same date, so that ties are broken by IRI), whose actors are a few
 * countries and whose places lie within them, as the entity catalogue says. Made from a fixed
 * seed, so every run has the same store.
 */
final class ActivityStore {
    static final IriScheme IRIS = new IriScheme("http://tigris.example.org");
    static final List<String> COUNTRIES = List.of("iraq", "syria", "iran");
    static final List<String> PLACES = List.of("baghdad", "anbar", "mosul", "aleppo", "tehran");
    private static final List<String> WITHIN = List.of("iraq", "iraq", "iraq", "syria", "iran");

    private ActivityStore() {
    }

    static String entity(String slug) {
        return IRIS.entity(slug);
    }

    /** @param documents how many documents, each with one to six events and claims */
    static Dataset dataset(int documents) {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Random random = new Random(11);
        EventType[] types = EventType.values();
        Txn.executeWrite(dataset, () -> {
            Model catalogue = dataset.getNamedModel(IriScheme.ENTITIES_GRAPH);
            for (int p = 0; p < PLACES.size(); p++) {
                describe(catalogue, PLACES.get(p)).addProperty(TG.locatedIn, catalogue.createResource(entity(WITHIN.get(p))));
            }
            COUNTRIES.forEach(c -> describe(catalogue, c));
            for (int d = 0; d < documents; d++) {
                String name = "doc" + d + ".txt";
                Model m = dataset.getNamedModel(IRIS.document(name));
                Resource doc = m.createResource(IRIS.document(name), TG.Document);
                for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                    boolean claim = random.nextInt(4) == 0;
                    EventType type = types[random.nextInt(types.length)];
                    Resource item = claim ? m.createResource(IRIS.claim(name, i * 10), TG.Claim)
                            .addProperty(TG.claimText, "claim " + d + "." + i)
                            : m.createResource(IRIS.event(name, i * 10, type), TG.Event)
                            .addProperty(RDF.type, m.createResource(TG.NS + type.localName()));
                    item.addProperty(PROV.wasDerivedFrom, doc);
                    date(m, random).ifPresent(date -> item.addProperty(TG.date, date));
                    String actor = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
                    item.addProperty(claim ? TG.claimant : TG.agent, m.createResource(entity(actor)));
                    if (random.nextBoolean()) {
                        item.addProperty(claim ? TG.about : TG.target,
                                m.createResource(entity(COUNTRIES.get(random.nextInt(COUNTRIES.size())))));
                    }
                    if (!claim && random.nextInt(3) > 0) {
                        item.addProperty(TG.place, m.createResource(entity(PLACES.get(random.nextInt(PLACES.size())))));
                    }
                }
            }
        });
        return dataset;
    }

    private static Resource describe(Model catalogue, String slug) {
        return catalogue.createResource(entity(slug), TG.Location).addProperty(RDFS.label, slug);
    }

    /** A day, month or year of 2019-2021 (few values, so many ties), or none. */
    private static java.util.Optional<Literal> date(Model m, Random random) {
        int year = 2019 + random.nextInt(3);
        int month = 1 + random.nextInt(12);
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Optional.empty();
            case 1 -> java.util.Optional.of(m.createTypedLiteral(Integer.toString(year), XSDDatatype.XSDgYear));
            case 2 -> java.util.Optional.of(m.createTypedLiteral(String.format("%d-%02d", year, month),
                    XSDDatatype.XSDgYearMonth));
            default -> java.util.Optional.of(m.createTypedLiteral(String.format("%d-%02d-%02d", year, month,
                    1 + random.nextInt(3)), XSDDatatype.XSDdate));
        };
    }
}

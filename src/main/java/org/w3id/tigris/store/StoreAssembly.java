package org.w3id.tigris.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * The store's dataset stack (GeoSPARQL over jena-text over TDB2) as the assembler
 * description in {@code fuseki-config/tigris.ttl} declares it, with its relative
 * locations resolved against one store directory.
 */
public final class StoreAssembly {
    /** Where the description is found in the jar. */
    public static final String CONFIG_RESOURCE = "fuseki-config/tigris.ttl";

    static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    static final String TEXT_NS = "http://jena.apache.org/text#";
    static final String GEOSPARQL_NS = "http://jena.apache.org/geosparql#";
    private static final Property TDB2_LOCATION = ResourceFactory.createProperty(TDB2_NS, "location");
    private static final Property TEXT_DIRECTORY = ResourceFactory.createProperty(TEXT_NS, "directory");
    private static final Property SPATIAL_INDEX_FILE = ResourceFactory.createProperty(GEOSPARQL_NS, "spatialIndexFile");
    private static final Resource TEXT_INDEX = ResourceFactory.createResource(TEXT_NS + "TextIndexLucene");
    private static final Resource TDB2_DATASET = ResourceFactory.createResource(TDB2_NS + "DatasetTDB2");
    private static final Resource GEO_DATASET = ResourceFactory.createResource(GEOSPARQL_NS + "GeosparqlDataset");

    private final Path storeDirectory;
    private final Model config;
    private final Path tdbDirectory;
    private final Path textDirectory;
    private final Path spatialIndexFile;

    private StoreAssembly(Path storeDirectory, Model config) {
        this.storeDirectory = storeDirectory.toAbsolutePath().normalize();
        this.config = config;
        this.tdbDirectory = resolve(TDB2_LOCATION);
        this.textDirectory = resolve(TEXT_DIRECTORY);
        this.spatialIndexFile = resolve(SPATIAL_INDEX_FILE);
    }

    /** The description shipped in the jar, for the given store directory. */
    public static StoreAssembly forStore(Path storeDirectory) {
        try (InputStream in = StoreAssembly.class.getClassLoader().getResourceAsStream(CONFIG_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CONFIG_RESOURCE);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///" + CONFIG_RESOURCE).parse(model);
            return new StoreAssembly(storeDirectory, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A description read from a file instead of the jar. */
    public static StoreAssembly forStore(Path storeDirectory, Path configFile) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(configFile).lang(Lang.TURTLE).parse(model);
        return new StoreAssembly(storeDirectory, model);
    }

    public Path storeDirectory() {
        return storeDirectory;
    }

    public Path tdbDirectory() {
        return tdbDirectory;
    }

    public Path textDirectory() {
        return textDirectory;
    }

    public Path spatialIndexFile() {
        return spatialIndexFile;
    }

    /** The whole description (services included), locations resolved, for Fuseki to read. */
    public Model configModel() {
        return config;
    }

    /** The TDB2 dataset alone (its default graph the union of all graphs): what the store writes to. */
    public DatasetGraph assembleTdb() {
        createDirectories();
        return ((Dataset) Assembler.general().open(single(TDB2_DATASET))).asDatasetGraph();
    }

    /**
     * The whole stack as served: GeoSPARQL (spatial index loaded from its file, or computed)
     * over the text-indexed TDB2 dataset, for queries with {@code text:query} and {@code spatial:}.
     */
    public Dataset assembleServedDataset() {
        createDirectories();
        return (Dataset) Assembler.general().open(servedDataset());
    }

    /** The Lucene text index alone, for rebuilding it. */
    public TextIndex assembleTextIndex() {
        createDirectories();
        return (TextIndex) Assembler.general().open(single(TEXT_INDEX));
    }

    /** How the text index analyses text, as described here. */
    TextAnalysis textAnalysis() {
        return TextAnalysis.of(single(TEXT_INDEX));
    }

    /** The root of the served stack (the GeoSPARQL dataset). */
    public Resource servedDataset() {
        return single(GEO_DATASET);
    }

    private Resource single(Resource type) {
        List<Resource> found = config.listResourcesWithProperty(RDF.type, type).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + type.getLocalName() + " in the store description, found "
                    + found.size());
        }
        return found.get(0);
    }

    private void createDirectories() {
        try {
            DatabaseCreation.ensure(tdbDirectory);
            Files.createDirectories(textDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + storeDirectory, e);
        }
    }

    /** Rewrites the one value of {@code property} to an absolute path under the store directory. */
    private Path resolve(Property property) {
        List<Statement> statements = config.listStatements(null, property, (RDFNode) null).toList();
        if (statements.size() != 1) {
            throw new IllegalStateException("expected one " + property + " in the store description");
        }
        Statement s = statements.get(0);
        RDFNode value = s.getObject();
        String given = value.isLiteral() ? value.asLiteral().getLexicalForm() : value.asResource().getURI();
        if (given.startsWith("file:")) {
            given = given.substring("file:".length());
        }
        Path path = storeDirectory.resolve(Objects.requireNonNull(given)).normalize();
        s.getSubject().removeAll(property);
        s.getSubject().addProperty(property, path.toString());
        return path;
    }
}

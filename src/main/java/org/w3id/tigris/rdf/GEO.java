package org.w3id.tigris.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The GeoSPARQL terms for a place's geometry. */
public final class GEO {
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    private GEO() {
    }

    public static final Resource Feature = ResourceFactory.createResource(NS + "Feature");
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
    public static final String wktLiteralIri = NS + "wktLiteral";

    /**
     * The WKT datatype as registered by jena-geosparql when it is initialised; looked up at
     * use so that the registered (parsing) datatype is the one literals carry.
     */
    public static RDFDatatype wktLiteral() {
        return TypeMapper.getInstance().getSafeTypeByName(wktLiteralIri);
    }
}
